package io.quizhall.community;

import io.quizhall.community.CommunityPayloads.Author;
import io.quizhall.community.CommunityPayloads.CommunityPage;
import io.quizhall.community.CommunityPayloads.Highlight;
import io.quizhall.community.CommunityPayloads.QuizCard;
import io.quizhall.community.CommunityPayloads.Segment;
import io.quizhall.shared.InvalidFieldsException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listing and the full-text search of public quizzes, straight in SQL over the quiz table's community columns
 * (V60: a stored, weighted {@code tsvector} the database keeps, a GIN index, and a trigram index on titles when
 * pg_trgm is installed). Only quizzes that are public, not hidden, and whose author is not disabled appear.
 */
@Component
class CommunitySearch {

    private static final Logger log = LoggerFactory.getLogger(CommunitySearch.class);

    /** Marks ts_headline puts around matches: private-use characters, which no sanitised text contains. */
    private static final String START = "\uE000";

    private static final String STOP = "\uE001";
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private static final String CARD_COLUMNS = """
            q.id, q.title, q.description, q.cover_image, q.question_count, q.question_kinds, q.has_pictures,
            q.plays, q.views, q.likes, q.dislikes, q.mod_rating, q.created_at, q.user_id, u.username,
            q.likes - q.dislikes AS net_rating""";

    private static final String VISIBLE = "q.public AND NOT q.hidden AND u.disabled_at IS NULL";

    /** How a page is sorted; the id breaks ties, so paging neither skips nor repeats a quiz. */
    enum Sort {
        RELEVANCE("matched DESC, rank DESC, sim DESC, created_at DESC, id"),
        NEWEST("created_at DESC, id"),
        PLAYS("plays DESC, id"),
        RATING("net_rating DESC, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        static Sort parse(@Nullable String sort, boolean searching) {
            if (sort == null || sort.isBlank()) {
                return searching ? RELEVANCE : NEWEST;
            }
            try {
                Sort parsed = valueOf(sort.strip().toUpperCase(Locale.ROOT));
                if (parsed == RELEVANCE && !searching) {
                    return NEWEST;
                }
                return parsed;
            } catch (IllegalArgumentException e) {
                throw InvalidFieldsException.of("sort", "must be relevance, newest, plays or rating");
            }
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final CommunityProperties properties;
    private volatile @Nullable Boolean trigrams;

    CommunitySearch(JdbcClient jdbc, CommunityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportTypoTolerance() {
        if (typoTolerance()) {
            log.info("Community search: pg_trgm is installed, misspelt titles are found too");
        } else {
            log.warn("Community search: pg_trgm is not installed (or its index is missing), so search matches words"
                    + " and prefixes only, without typo tolerance. See docs/community.md");
        }
    }

    /** Whether pg_trgm and the title's trigram index exist; asked once. */
    boolean typoTolerance() {
        Boolean known = trigrams;
        if (known == null) {
            known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')"
                            + " AND EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'quiz_title_trgm_idx')")
                    .query(Boolean.class)
                    .single();
            trigrams = known;
        }
        return known;
    }

    /**
     * One page of public quizzes: all of them, or those matching {@code query}. Transactional (read-only) because
     * the typo threshold is set for this transaction only.
     */
    @Transactional(readOnly = true)
    public CommunityPage page(@Nullable String query, QuizFilter filter, @Nullable String sortKey, int page, int size) {
        if (query != null && query.length() > properties.maxQueryLength()) {
            throw InvalidFieldsException.of("q", "must be at most " + properties.maxQueryLength() + " characters");
        }
        SearchText text = SearchText.parse(query == null ? "" : query, properties.maxQueryWords());
        boolean searching = !text.isEmpty();
        Sort sort = Sort.parse(sortKey, searching);
        boolean fuzzy = searching && typoTolerance() && text.text().length() >= 3;
        var params = new ArrayList<Object>();
        var where = new StringBuilder(VISIBLE);
        filters(filter, where, params);
        String sql;
        List<Object> all = new ArrayList<>();
        if (searching) {
            if (fuzzy) {
                jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)")
                        .param(Double.toString(properties.typoThreshold()))
                        .query(String.class)
                        .single();
            }
            String match = fuzzy ? "(q.search @@ input.tsq OR ? <% lower(q.title))" : "q.search @@ input.tsq";
            String similarity = fuzzy ? "word_similarity(?, lower(q.title))" : "0::real";
            sql = "WITH input AS (SELECT to_tsquery('simple', ?) AS tsq)"
                    + " SELECT page.*, ts_headline('simple', page.title, input.tsq, ?) AS title_marked,"
                    + " ts_headline('simple', page.snippet_source, input.tsq, ?) AS snippet_marked"
                    + " FROM input, (SELECT " + CARD_COLUMNS + ","
                    + " regexp_replace(coalesce(q.description, '') || ' ' || quiz_question_texts(q.questions),"
                    + " '<[^>]*>', ' ', 'g') AS snippet_source,"
                    + " q.search @@ input.tsq AS matched, ts_rank(q.search, input.tsq) AS rank, "
                    + similarity + " AS sim"
                    + " FROM quiz q JOIN users u ON u.id = q.user_id, input"
                    + " WHERE " + where + " AND " + match
                    + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?) page"
                    + " ORDER BY " + sort.orderBy;
            all.add(text.tsquery());
            all.add(TITLE_OPTIONS);
            all.add(SNIPPET_OPTIONS);
            if (fuzzy) {
                all.add(text.text());
            }
            all.addAll(params);
            if (fuzzy) {
                all.add(text.text());
            }
        } else {
            sql = "SELECT " + CARD_COLUMNS + " FROM quiz q JOIN users u ON u.id = q.user_id WHERE " + where
                    + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?";
            all.addAll(params);
        }
        all.add(size + 1);
        all.add((long) page * size);
        List<QuizCard> cards = jdbc.sql(sql)
                .params(all)
                .query((rs, row) -> card(rs, searching))
                .list();
        boolean hasNext = cards.size() > size;
        return new CommunityPage(
                hasNext ? cards.subList(0, size) : cards, page, size, hasNext, sort.key(), typoTolerance());
    }

    private static void filters(QuizFilter filter, StringBuilder where, List<Object> params) {
        if (filter.minQuestions() != null) {
            where.append(" AND q.question_count >= ?");
            params.add(filter.minQuestions());
        }
        if (filter.maxQuestions() != null) {
            where.append(" AND q.question_count <= ?");
            params.add(filter.maxQuestions());
        }
        if (!filter.kinds().isEmpty()) {
            where.append(" AND q.question_kinds @> ?::text[]");
            params.add("{" + String.join(",", filter.kinds()) + "}");
        }
        if (filter.pictures() != null) {
            where.append(" AND q.has_pictures = ?");
            params.add(filter.pictures());
        }
        if (filter.author() != null) {
            where.append(" AND lower(u.username) = lower(?)");
            params.add(filter.author());
        }
    }

    private static QuizCard card(ResultSet rs, boolean searching) throws SQLException {
        Highlight highlight = searching
                ? new Highlight(segments(rs.getString("title_marked")), segments(rs.getString("snippet_marked")))
                : null;
        return new QuizCard(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("cover_image"),
                rs.getInt("question_count"),
                strings(rs.getArray("question_kinds")),
                rs.getBoolean("has_pictures"),
                rs.getInt("plays"),
                rs.getInt("views"),
                rs.getInt("likes"),
                rs.getInt("dislikes"),
                (Integer) rs.getObject("mod_rating", Integer.class),
                rs.getTimestamp("created_at").toInstant(),
                new Author(rs.getObject("user_id", UUID.class), rs.getString("username")),
                highlight);
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(Objects::toString).toList();
    }

    /** Splits ts_headline's output at its marks; entities of the stored rich text are decoded for display. */
    static List<Segment> segments(@Nullable String marked) {
        if (marked == null || marked.isBlank()) {
            return List.of();
        }
        var segments = new ArrayList<Segment>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                add(segments, marked.substring(at), false);
                break;
            }
            add(segments, marked.substring(at, start), false);
            int stop = marked.indexOf(STOP, start);
            if (stop < 0) {
                add(segments, marked.substring(start + 1), true);
                break;
            }
            add(segments, marked.substring(start + 1, stop), true);
            at = stop + 1;
        }
        return segments;
    }

    private static void add(List<Segment> segments, String text, boolean match) {
        String plain = text.replaceAll("\\s+", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        if (plain.isEmpty()) {
            return;
        }
        // Adjacent pieces of the same kind (a highlighted phrase) become one.
        if (!segments.isEmpty() && segments.get(segments.size() - 1).match() == match) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + plain, match));
        } else {
            segments.add(new Segment(plain, match));
        }
    }
}
