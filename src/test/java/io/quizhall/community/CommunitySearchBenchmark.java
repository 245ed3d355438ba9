package io.quizhall.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds public quizzes of realistic size (default 100,000, each with a title of three to five words, a sentence of
 * description and ten questions) straight into the embedded PostgreSQL, then measures search and listing through
 * the HTTP API on loopback, one request at a time. Not part of the build; docs/performance.md has the figures and
 * the command: {@code ./mvnw -o test -Dgroups=load -Dtest.excludedGroups= -Dtest=CommunitySearchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 */
@Tag("load")
@IntegrationTest
class CommunitySearchBenchmark {

    private static final String[] WORDS = {
        "history",
        "rome",
        "empire",
        "volcano",
        "planet",
        "ocean",
        "river",
        "mountain",
        "cell",
        "biology",
        "chemistry",
        "physics",
        "algebra",
        "geometry",
        "fraction",
        "grammar",
        "poetry",
        "novel",
        "shakespeare",
        "music",
        "piano",
        "football",
        "olympics",
        "capital",
        "country",
        "europe",
        "africa",
        "asia",
        "america",
        "climate",
        "weather",
        "energy",
        "electricity",
        "magnet",
        "gravity",
        "atom",
        "molecule",
        "photosynthesis",
        "plant",
        "animal",
        "mammal",
        "reptile",
        "insect",
        "bird",
        "dinosaur",
        "fossil",
        "rock",
        "mineral",
        "computer",
        "programming",
        "internet",
        "robot",
        "space",
        "moon",
        "sun",
        "star",
        "galaxy",
        "medieval",
        "castle",
        "knight",
        "pyramid",
        "egypt",
        "greece",
        "democracy",
        "revolution",
        "war",
        "peace",
        "religion",
        "philosophy",
        "economy",
        "money",
        "market",
        "language",
        "french",
        "spanish",
        "german",
        "vocabulary",
        "verb",
        "noun",
        "spelling",
        "reading",
        "painting",
        "art",
        "sculpture",
        "film",
        "cinema",
        "health",
        "nutrition",
        "sport",
        "body",
        "heart",
        "brain",
        "bones",
        "blood",
        "water",
        "fire",
        "earth",
        "air",
        "light",
        "sound",
        "colour",
        "number",
        "prime",
        "equation"
    };

    private static final int VOCABULARY = 20_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void searchAndListingLatencyOverManyPublicQuizzes() {
        int quizzes = Integer.getInteger("benchmark.quizzes", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 400);
        long seeding = seed(quizzes);
        Session client = accounts.anonymous();

        List<String> searches = List.of(
                "q=photosynthesis",
                "q=rome+empire",
                "q=volc",
                "q=medieval+castle+knight",
                "q=histroy+of+rome",
                "q=dinosaur&sort=plays",
                "q=prime+number&kinds=ABCD",
                "q=galaxy+star&page=2",
                "q=" + word(600),
                "q=" + word(5000));
        List<String> listings = List.of(
                "sort=newest",
                "sort=plays",
                "sort=rating",
                "sort=newest&page=20",
                "sort=plays&minQuestions=5&maxQuestions=12",
                "sort=newest&kinds=ABCD",
                "sort=rating&pictures=false",
                "sort=newest&size=50");
        measure(client, searches, 40);
        measure(client, listings, 40);
        long[] search = measure(client, searches, rounds);
        long[] listing = measure(client, listings, rounds);

        System.out.printf(
                Locale.ROOT,
                "community benchmark: %,d public quizzes seeded in %.1f s%n  search  %s%n  listing %s%n",
                quizzes,
                seeding / 1000.0,
                describe(search),
                describe(listing));
        System.out.println(perQuery("search", searches, search) + perQuery("listing", listings, listing));
        assertThat(search).hasSize(rounds);
    }

    /** Seeds in PostgreSQL itself, 5,000 quizzes per statement; returns the milliseconds it took. */
    private long seed(int count) {
        long start = System.currentTimeMillis();
        List<Object> authors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            authors.add(io.quizhall.support.Rows.user(jdbc));
        }
        String subjects = "ARRAY['" + String.join("','", WORDS) + "']";
        String authorArray = "ARRAY['"
                + String.join("','", authors.stream().map(Object::toString).toList()) + "']::uuid[]";
        // A vocabulary of 20,000 words used with a Zipf-like (log-uniform) frequency, as words are in real text:
        // a few very common ones (in most quizzes), the subject words above at ranks 30..133 (each in 2 to 9 % of
        // all quizzes), and a long tail of rare ones. Invented words are letters from an MD5, see word(rank).
        jdbc.execute("CREATE OR REPLACE FUNCTION bench_word(r int) RETURNS text LANGUAGE sql IMMUTABLE AS $$"
                + " SELECT CASE WHEN r BETWEEN 30 AND " + (29 + WORDS.length) + " THEN (" + subjects + ")[r - 29]"
                + " ELSE translate(substr(md5(r::text), 1, 4 + r % 5), '0123456789', 'ghijklmnop') END $$");
        String pick = "bench_word(floor(exp(random() * ln(" + VOCABULARY + ")))::int)";
        for (int from = 0; from < count; from += 5_000) {
            int to = Math.min(count, from + 5_000);
            jdbc.update(
                    "WITH w AS (SELECT " + authorArray + " AS authors)"
                            + " INSERT INTO quiz (user_id, public, title, description, questions, created_at, plays, likes,"
                            + " dislikes)"
                            + " SELECT w.authors[1 + i % 50], true,"
                            + " initcap(" + pick + ") || ' ' || " + pick + ""
                            + " || ' and ' || " + pick + " || ' ' || i,"
                            + " 'A quiz about ' || " + pick + " || ', '"
                            + " || " + pick + " || ' and ' || " + pick + ""
                            + " || ' for curious students of every age.',"
                            + " (SELECT jsonb_agg(jsonb_build_object('type', 'ABCD', 'question',"
                            + " 'Question ' || q || ': which ' || " + pick + " || ' is linked to the '"
                            + " || " + pick + " || '?', 'time', 20, 'image', null,"
                            + " 'hideResults', false, 'answers', jsonb_build_array("
                            + " jsonb_build_object('answer', 'The first', 'right', true, 'color', null),"
                            + " jsonb_build_object('answer', 'The second', 'right', false, 'color', null),"
                            + " jsonb_build_object('answer', 'The third', 'right', false, 'color', null))))"
                            + " FROM generate_series(1, 5 + i % 11) q),"
                            + " now() - i * interval '1 minute', (random() * 500)::int, (random() * 80)::int,"
                            + " (random() * 20)::int"
                            + " FROM w, generate_series(CAST(? AS int), CAST(? AS int)) i",
                    from,
                    to - 1);
        }
        jdbc.execute("DROP FUNCTION bench_word(int)");
        // As autovacuum would soon after such an import: it also moves the GIN index's pending entries into the index.
        jdbc.execute("VACUUM ANALYZE quiz");
        jdbc.execute("ANALYZE users");
        return System.currentTimeMillis() - start;
    }

    /** The invented word of this rank, as the seed's SQL makes it. */
    static String word(int rank) {
        try {
            String hex = java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("MD5")
                            .digest(Integer.toString(rank).getBytes(StandardCharsets.UTF_8)));
            String letters = hex.substring(0, 4 + rank % 5);
            var out = new StringBuilder();
            for (char c : letters.toCharArray()) {
                out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
            }
            return out.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] measure(Session client, List<String> queries, int rounds) {
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            String query = queries.get(i % queries.size());
            long start = System.nanoTime();
            Api.Response response = client.get("/api/v1/community/quizzes?" + encode(query));
            micros[i] = (System.nanoTime() - start) / 1000;
            if (response.status() != 200) {
                throw new IllegalStateException(query + ": " + response.status() + " " + response.body());
            }
        }
        return micros;
    }

    private static String encode(String query) {
        return query.replace(" ", URLEncoder.encode(" ", StandardCharsets.UTF_8));
    }

    /** p50 and p95 of each query (the rounds go through the queries in turn). */
    private static String perQuery(String what, List<String> queries, long[] micros) {
        var out = new StringBuilder();
        for (int q = 0; q < queries.size(); q++) {
            var own = new ArrayList<Long>();
            for (int i = q; i < micros.length; i += queries.size()) {
                own.add(micros[i]);
            }
            long[] sorted = own.stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format(
                    Locale.ROOT,
                    "  %s %-45s p50 %6.1f ms, p95 %6.1f ms%n",
                    what,
                    queries.get(q),
                    at(sorted, 0.50) / 1000.0,
                    at(sorted, 0.95) / 1000.0));
        }
        return out.toString();
    }

    private static String describe(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length,
                at(sorted, 0.50) / 1000.0,
                at(sorted, 0.95) / 1000.0,
                at(sorted, 0.99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
