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

    private static final String TSQ = "to_tsquery('simple', ?)";

    /**
     * The text a snippet comes from: description and question texts, markup removed, at most the first 1,500
     * characters (ts_headline parses all it is given, for every row of the page).
     */
    private static final String SNIPPET_SOURCE = "regexp_replace(left(coalesce(page.description, '') || ' '"
            + " || quiz_question_texts(page.questions), 1500), '<[^>]*>', ' ', 'g')";

    /** How a page is sorted; the id breaks ties, so paging neither skips nor repeats a quiz. */
    enum Sort {
        RELEVANCE("rank DESC, created_at DESC, id"),
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
        Sort sort = Sort.parse(sortKey, !text.isEmpty());
        var filterParams = new ArrayList<Object>();
        var where = new StringBuilder(VISIBLE);
        filters(filter, where, filterParams);
        List<QuizCard> cards;
        if (text.isEmpty()) {
            var params = new ArrayList<Object>(filterParams);
            params.add(size + 1);
            params.add((long) page * size);
            cards = jdbc.sql("SELECT " + CARD_COLUMNS + " FROM quiz q JOIN users u ON u.id = q.user_id WHERE " + where
                            + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?")
                    .params(params)
                    .query((rs, row) -> card(rs, false))
                    .list();
        } else {
            cards = new ArrayList<>(search(text, where.toString(), filterParams, sort, page, size));
            if (cards.size() < size + 1
                    && page == 0
                    && typoTolerance()
                    && text.text().length() >= 3) {
                cards.addAll(typos(text, where.toString(), filterParams, cards, size + 1 - cards.size()));
            }
        }
        boolean hasNext = cards.size() > size;
        return new CommunityPage(
                hasNext ? cards.subList(0, size) : cards, page, size, hasNext, sort.key(), typoTolerance());
    }

    /**
     * Full-text matches. By relevance, only the {@code rankCandidates} newest matches are ranked: ranking visits
     * every candidate row, and a word found in a fifth of 100,000 quizzes would otherwise cost hundreds of
     * milliseconds (docs/community.md, "Performance"). The snippets are made for the page's rows only.
     */
    private List<QuizCard> search(
            SearchText text, String where, List<Object> filterParams, Sort sort, int page, int size) {
        // The tsquery is written out where it is used (not taken from a CTE), so the planner sees the words and
        // estimates how many quizzes match them.
        var params = new ArrayList<Object>(List.of(text.tsquery(), TITLE_OPTIONS, text.tsquery(), SNIPPET_OPTIONS));
        String inner;
        if (sort == Sort.RELEVANCE) {
            inner = "SELECT " + CARD_COLUMNS + ", q.questions, ts_rank(q.search, " + TSQ + ") AS rank"
                    + " FROM (SELECT q.id FROM quiz q JOIN users u ON u.id = q.user_id"
                    + " WHERE " + where + " AND q.search @@ " + TSQ + " ORDER BY q.created_at DESC, q.id LIMIT ?) c"
                    + " JOIN quiz q ON q.id = c.id JOIN users u ON u.id = q.user_id"
                    + " ORDER BY rank DESC, created_at DESC, id LIMIT ? OFFSET ?";
            params.add(text.tsquery());
            params.addAll(filterParams);
            params.add(text.tsquery());
            params.add(properties.rankCandidates());
        } else {
            inner = "SELECT " + CARD_COLUMNS + ", q.questions FROM quiz q JOIN users u ON u.id = q.user_id" + " WHERE "
                    + where + " AND q.search @@ " + TSQ + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?";
            params.addAll(filterParams);
            params.add(text.tsquery());
        }
        params.add(size + 1);
        params.add((long) page * size);
        return jdbc.sql("SELECT page.*, ts_headline('simple', page.title, " + TSQ + ", ?) AS title_marked,"
                        + " ts_headline('simple', " + SNIPPET_SOURCE + ", " + TSQ + ", ?) AS snippet_marked"
                        + " FROM (" + inner + ") page ORDER BY "
                        + (sort == Sort.RELEVANCE ? "rank DESC, created_at DESC, id" : sort.orderBy))
                .params(params)
                .query((rs, row) -> card(rs, true))
                .list();
    }

    /**
     * Titles similar to the query (pg_trgm), to fill a first page the words themselves did not fill: a misspelt
     * word finds nothing in the full-text index, but its title still shares most trigrams with the right one.
     */
    private List<QuizCard> typos(
            SearchText text, String where, List<Object> filterParams, List<QuizCard> found, int wanted) {
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)")
                .param(Double.toString(properties.typoThreshold()))
                .query(String.class)
                .single();
        var params = new ArrayList<Object>(List.of(text.tsquery(), TITLE_OPTIONS, text.tsquery(), SNIPPET_OPTIONS));
        params.add(text.text());
        params.addAll(filterParams);
        params.add(text.text());
        params.add(found.stream().map(card -> card.id().toString()).toArray(String[]::new));
        params.add(properties.rankCandidates());
        params.add(wanted);
        return jdbc.sql("SELECT page.*, ts_headline('simple', page.title, " + TSQ + ", ?) AS title_marked,"
                        + " ts_headline('simple', " + SNIPPET_SOURCE + ", " + TSQ + ", ?) AS snippet_marked"
                        + " FROM (SELECT " + CARD_COLUMNS + ", q.questions,"
                        + " word_similarity(?, lower(q.title)) AS sim"
                        + " FROM (SELECT q.id FROM quiz q JOIN users u ON u.id = q.user_id"
                        + " WHERE " + where + " AND ? <% lower(q.title) AND NOT (q.id::text = ANY (?)) LIMIT ?) c"
                        + " JOIN quiz q ON q.id = c.id JOIN users u ON u.id = q.user_id"
                        + " ORDER BY sim DESC, created_at DESC, id LIMIT ?) page"
                        + " ORDER BY sim DESC, created_at DESC, id")
                .params(params)
                .query((rs, row) -> card(rs, true))
                .list();
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
        if (filter.specialEvent() != null) {
            where.append(" AND q.special_event_id = ?");
            params.add(filter.specialEvent());
        }
        if (filter.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM quiz_subject_tags t WHERE t.quiz_id = q.id AND t.tag_id = ?)");
            params.add(filter.tag());
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
