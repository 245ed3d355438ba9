package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.ladder.LadderPayloads.Category;
import io.quizhall.ladder.LadderPayloads.ImportError;
import io.quizhall.ladder.LadderPayloads.ImportReport;
import io.quizhall.ladder.LadderPayloads.ProposeQuestion;
import io.quizhall.ladder.LadderPayloads.QuestionDetails;
import io.quizhall.ladder.LadderPayloads.QuestionStats;
import io.quizhall.ladder.LadderPayloads.Review;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RateLimiter;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The question bank's sources besides the starter bank: questions proposed by signed-in users and approved (or
 * rejected) by a moderator, and administrators' imports of OpenTriviaDB's JSON. Moderators and administrators are
 * the accounts {@code quizhall.account.moderators} and {@code .admins} name (docs/configuration.md).
 */
@Service
class QuestionBankService {

    private static final Duration PROPOSAL_PERIOD = Duration.ofDays(1);

    private final QuestionBank bank;
    private final JdbcClient jdbc;
    private final RateLimiter rateLimiter;
    private final LadderProperties properties;
    private final Clock clock;

    QuestionBankService(
            QuestionBank bank, JdbcClient jdbc, RateLimiter rateLimiter, LadderProperties properties, Clock clock) {
        this.bank = bank;
        this.jdbc = jdbc;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Category> categories() {
        return bank.categories().stream()
                .map(row -> new Category(
                        (String) row.get("slug"),
                        (String) row.get("name"),
                        ((Number) row.get("questions")).longValue()))
                .toList();
    }

    /** A signed-in user proposes a question; it waits for a moderator (a moderator's own goes straight in). */
    @Transactional
    QuestionDetails propose(ProposeQuestion request, CurrentUser user) {
        NewQuestion question = checked(request);
        rateLimiter.consumeOrThrow(
                "ladder-proposal:" + user.id(),
                new RateLimiter.Limit(properties.proposalsPerDay(), PROPOSAL_PERIOD),
                "You have proposed as many questions as a day allows.");
        String status = user.isModerator() ? "APPROVED" : "PENDING";
        UUID id = bank.add(
                        question,
                        new QuestionBank.Origin("PROPOSAL", status, user.id(), user.username()),
                        clock.instant())
                .orElseThrow(() -> new ApiException(
                        ProblemType.CONFLICT,
                        "The bank already has this question.",
                        Map.of("reason", "duplicate-question")));
        return QuestionDetails.of(bank.get(id), null);
    }

    /** One question with its right option and statistics: for its author and for moderators only. */
    @Transactional(readOnly = true)
    QuestionDetails read(UUID id, CurrentUser user) {
        UUID author = jdbc.sql("SELECT author_id FROM ladder_questions WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (!user.isModerator() && !user.id().equals(author)) {
            throw NotFoundException.forId("question", id);
        }
        return QuestionDetails.of(bank.get(id), stats(id));
    }

    @Transactional(readOnly = true)
    List<QuestionDetails> pending(CurrentUser user) {
        requireModerator(user);
        return jdbc
                .sql("SELECT id FROM ladder_questions WHERE status = 'PENDING' ORDER BY created_at LIMIT ?")
                .param(properties.moderationPageSize())
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> QuestionDetails.of(bank.get(id), null))
                .toList();
    }

    /** Approves (optionally setting the difficulty) or rejects a pending question. */
    @Transactional
    QuestionDetails review(UUID id, Review review, CurrentUser user) {
        requireModerator(user);
        BankQuestion question = bank.get(id);
        if (!question.status().equals("PENDING")) {
            throw new ApiException(
                    ProblemType.CONFLICT, "The question was already reviewed.", Map.of("reason", "already-reviewed"));
        }
        Difficulty difficulty = review.difficulty() != null ? review.difficulty() : question.difficulty();
        if (review.approve() && difficulty == Difficulty.UNASSIGNED) {
            throw InvalidFieldsException.of("difficulty", "must be set before the question can be approved");
        }
        jdbc.sql("UPDATE ladder_questions SET status = ?, difficulty = ?, reviewed_at = ? WHERE id = ?")
                .params(
                        review.approve() ? "APPROVED" : "REJECTED",
                        difficulty.name(),
                        java.sql.Timestamp.from(clock.instant()),
                        id)
                .update();
        return QuestionDetails.of(bank.get(id), null);
    }

    /**
     * Imports OpenTriviaDB's JSON ({@code {"response_code": 0, "results": [...]}}): HTML
     * entities decoded, categories created as needed, questions the bank has skipped, and every item that breaks a
     * rule reported by its index while the others go in.
     */
    @Transactional
    ImportReport importOpenTriviaDb(LadderPayloads.OpenTriviaDbDocument document, CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only administrators import questions.");
        }
        List<JsonNode> results = document.results();
        if (results == null) {
            throw InvalidFieldsException.of("results", "must be a list of OpenTriviaDB questions");
        }
        if (results.size() > properties.importMaxItems()) {
            throw InvalidFieldsException.of("results", "must have at most " + properties.importMaxItems() + " items");
        }
        var origin = new QuestionBank.Origin("OPENTDB", "APPROVED", user.id(), user.username());
        int added = 0;
        int duplicates = 0;
        List<ImportError> errors = new ArrayList<>();
        for (int index = 0; index < results.size(); index++) {
            JsonNode item = results.get(index);
            try {
                NewQuestion question = openTriviaDbItem(item);
                if (bank.add(question, origin, clock.instant()).isPresent()) {
                    added++;
                } else {
                    duplicates++;
                }
            } catch (NewQuestion.Invalid invalid) {
                errors.add(new ImportError(index, invalid.field(), invalid.getMessage()));
            }
        }
        return new ImportReport(results.size(), added, duplicates, errors);
    }

    private NewQuestion openTriviaDbItem(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new NewQuestion.Invalid("item", "must be an object");
        }
        String type = text(item, "type");
        Difficulty difficulty = switch (text(item, "difficulty").toLowerCase(Locale.ROOT)) {
            case "easy" -> Difficulty.EASY;
            case "medium" -> Difficulty.MEDIUM;
            case "hard" -> Difficulty.HARD;
            default -> throw new NewQuestion.Invalid("difficulty", "must be easy, medium or hard");
        };
        String categoryName = decode(text(item, "category"));
        String slug = slug(categoryName);
        if (slug.isEmpty() || categoryName.length() > 80) {
            throw new NewQuestion.Invalid("category", "must be a name of at most 80 characters with letters or digits");
        }
        String question = decode(text(item, "question"));
        String correct = decode(text(item, "correct_answer"));
        JsonNode incorrect = item.get("incorrect_answers");
        if (incorrect == null || !incorrect.isArray()) {
            throw new NewQuestion.Invalid("incorrect_answers", "must be a list");
        }
        List<String> wrong = new ArrayList<>();
        incorrect.forEach(answer -> wrong.add(answer.isString() ? decode(answer.asString()) : ""));
        NewQuestion checked = switch (type) {
            case "multiple" -> NewQuestion.multiple(difficulty, question, correct, wrong, Set.of(slug));
            case "boolean" -> {
                if (!correct.equalsIgnoreCase("true") && !correct.equalsIgnoreCase("false")) {
                    throw new NewQuestion.Invalid("correct_answer", "must be True or False");
                }
                yield NewQuestion.trueFalse(difficulty, question, correct.equalsIgnoreCase("true"), Set.of(slug));
            }
            default -> throw new NewQuestion.Invalid("type", "must be multiple or boolean");
        };
        bank.ensureCategory(slug, categoryName);
        return checked;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !value.isString()) {
            throw new NewQuestion.Invalid(field, "must be a string");
        }
        return value.asString();
    }

    /** OpenTriviaDB's default encoding: HTML entities (named and numeric). */
    static String decode(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }

    private NewQuestion checked(ProposeQuestion request) {
        Set<String> known = bank.categorySlugs();
        Set<String> categories = new LinkedHashSet<>(request.categories());
        for (String category : categories) {
            if (!known.contains(category)) {
                throw InvalidFieldsException.of("categories", "names an unknown category: " + category);
            }
        }
        Difficulty difficulty = request.difficulty() == null ? Difficulty.UNASSIGNED : request.difficulty();
        try {
            if (request.kind() == QuestionKind.TRUE_FALSE) {
                if (request.answer() == null) {
                    throw new NewQuestion.Invalid("answer", "must say whether the statement is true");
                }
                return NewQuestion.trueFalse(difficulty, request.text(), request.answer(), categories);
            }
            if (request.rightOption() == null || request.wrongOptions() == null) {
                throw new NewQuestion.Invalid("rightOption", "and three wrong options are needed");
            }
            return NewQuestion.multiple(
                    difficulty, request.text(), request.rightOption(), request.wrongOptions(), categories);
        } catch (NewQuestion.Invalid invalid) {
            throw InvalidFieldsException.of(invalid.field(), invalid.getMessage());
        }
    }

    private QuestionStats stats(UUID id) {
        var rows = jdbc.sql("""
                        SELECT o.id, o.correct, count(s.id) AS chosen
                        FROM ladder_options o LEFT JOIN ladder_run_steps s ON s.chosen_option_id = o.id
                        WHERE o.question_id = ? GROUP BY o.id, o.correct, o.position ORDER BY o.position""").param(id).query().listOfRows();
        long asked = jdbc.sql("SELECT count(*) FROM ladder_run_steps WHERE question_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        long answered = 0;
        long right = 0;
        Map<UUID, Long> byOption = new java.util.LinkedHashMap<>();
        for (var row : rows) {
            long chosen = ((Number) row.get("chosen")).longValue();
            answered += chosen;
            if ((Boolean) row.get("correct")) {
                right = chosen;
            }
            byOption.put((UUID) row.get("id"), chosen);
        }
        return new QuestionStats(asked, answered, right, byOption);
    }

    private static void requireModerator(CurrentUser user) {
        if (!user.isModerator()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only moderators review questions.");
        }
    }
}
