package io.quizhall.results;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.game.GameFinished;
import io.quizhall.quiz.QuizLimits;
import io.quizhall.quiz.QuizService;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps finished games and shows them to their hosts (and administrators) as lists, reports and exports. */
@Service
public class GameResultService {

    private static final Logger log = LoggerFactory.getLogger(GameResultService.class);

    private final GameResultRepository results;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final QuizLimits quizLimits;
    private final ResultLimits limits;

    GameResultService(
            GameResultRepository results,
            QuizService quizzes,
            AccountService accounts,
            QuizLimits quizLimits,
            ResultLimits limits) {
        this.results = results;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.quizLimits = quizLimits;
        this.limits = limits;
    }

    /**
     * Keeps a finished game unless it was kept already (by another node, or an earlier attempt). A quiz deleted
     * during the game does not stop it (the result keeps its own copy of the quiz); a host account deleted during
     * the game takes its result with it.
     *
     * @return whether this call kept it
     */
    @Transactional
    public boolean recordOnce(GameFinished game) {
        if (results.existsById(game.gameId())) {
            return false;
        }
        if (accounts.usernameOf(game.hostId()).isEmpty()) {
            log.info("Game {} ended after its host's account was deleted; its result is not kept", game.gameId());
            return false;
        }
        UUID quizId = game.quizId() != null && quizzes.exists(game.quizId()) ? game.quizId() : null;
        results.save(new GameResult(
                game.gameId(),
                quizId,
                game.hostId(),
                game.mode(),
                game.finishedAt(),
                game.title(),
                game.description(),
                game.questions(),
                game.players().stream()
                        .map(player -> new PlayerData(
                                player.id(), player.nickname(), player.customField(), player.score(), player.rank()))
                        .toList(),
                game.answers().stream().map(answer -> answerData(game, answer)).toList(),
                game.customField(),
                customFieldData(game),
                game.teams().isEmpty()
                        ? null
                        : game.teams().stream().map(TeamData::of).toList()));
        return true;
    }

    /** Counts a play of the game's quiz, once, if anyone played and the quiz still exists. */
    @Transactional
    public void countPlayOnce(GameFinished game) {
        UUID quizId = game.quizId();
        if (quizId != null
                && !game.players().isEmpty()
                && results.markPlayCounted(game.gameId()) == 1
                && quizzes.exists(quizId)) {
            quizzes.recordPlay(quizId);
        }
    }

    private static AnswerData answerData(GameFinished game, GameFinished.Answer answer) {
        return new AnswerData(
                answer.question(),
                answer.playerId(),
                answer.nickname(),
                ReadableAnswers.of(game.questions().get(answer.question()), answer),
                answer.optionIds(),
                answer.value(),
                answer.text(),
                answer.right(),
                answer.elapsedMs(),
                answer.points());
    }

    private static @Nullable Map<String, String> customFieldData(GameFinished game) {
        if (game.customField() == null) {
            return null;
        }
        var values = new TreeMap<String, String>();
        game.players().forEach(player -> {
            if (player.customField() != null) {
                values.put(player.nickname(), player.customField());
            }
        });
        return values;
    }

    /** The host's results, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public ResultPage listMine(CurrentUser user, ResultFilter filter, int page, int size) {
        UUID quizId = filter.quizId();
        Page<ResultSummary> found = results.search(
                user.id(),
                filter.fromOrEarliest(),
                filter.toOrLatest(),
                filter.titlePattern(),
                quizId == null,
                quizId == null ? user.id() : quizId,
                PageRequest.of(
                        page, size, Sort.by(Sort.Direction.DESC, "timestamp").and(Sort.by("id"))));
        return new ResultPage(found.getContent(), page, size, found.getTotalElements(), found.getTotalPages());
    }

    /**
     * The title of a finished game, for a participant's report of it (anyone signed in who knows the game's id may
     * report it; nothing else of the game is told).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<FinishedGame> finished(UUID gameId) {
        return results.findById(gameId).map(result -> new FinishedGame(result.id(), result.title(), result.userId()));
    }

    /** A finished game: its id, its title (sanitised rich text) and its host. */
    public record FinishedGame(UUID gameId, String title, UUID hostId) {}

    /** Everything recorded about one game, for its host or an administrator. */
    @Transactional(readOnly = true)
    public ResultDetails get(UUID id, CurrentUser user) {
        return ResultDetails.of(readable(id, user));
    }

    @Transactional(readOnly = true)
    public ResultReport report(UUID id, CurrentUser user) {
        return ResultReports.report(get(id, user));
    }

    @Transactional(readOnly = true)
    public PlayerReport player(UUID id, UUID playerId, CurrentUser user) {
        ResultDetails result = get(id, user);
        return result.players().stream()
                .filter(player -> player.id().equals(playerId))
                .findFirst()
                .map(player -> ResultReports.player(result, player))
                .orElseThrow(() -> NotFoundException.forId("player", playerId));
    }

    @Transactional(readOnly = true)
    public GradingView grading(UUID id, CurrentUser user) {
        return ResultReports.grading(get(id, user));
    }

    /**
     * The game as a file. The result is read here; the returned body writes it later, streaming, outside the
     * transaction.
     */
    @Transactional(readOnly = true)
    public ResultExport export(UUID id, ResultExport.Format format, CurrentUser user) {
        ResultDetails result = get(id, user);
        ResultExport.Body body = switch (format) {
            case XLSX -> out -> ResultSpreadsheets.xlsx(result, out);
            case PLAYERS_CSV -> out -> ResultSpreadsheets.playersCsv(result, out);
            case ANSWERS_CSV -> out -> ResultSpreadsheets.answersCsv(result, out);
        };
        return new ResultExport("result-" + id + "-" + format.suffix(), format.mediaType(), body);
    }

    /** Renames the game or changes its note; only its host may. */
    @Transactional
    public ResultSummary change(UUID id, ResultChange change, CurrentUser user) {
        GameResult result = owned(id, user);
        List<FieldError> errors = new ArrayList<>();
        String title = change.title() == null
                ? null
                : RichText.check("title", change.title(), quizLimits.titleMaxLength(), true, errors);
        String note = change.note();
        if (note != null && note.codePointCount(0, note.length()) > limits.noteMaxLength()) {
            errors.add(new FieldError("note", "must be at most " + limits.noteMaxLength() + " characters long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        if (title != null) {
            result.rename(title);
        }
        if (note != null) {
            result.annotate(note.isBlank() ? null : note.strip());
        }
        return ResultSummary.of(result);
    }

    /** Deletes the game's result for good; only its host may. */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        results.delete(owned(id, user));
    }

    private GameResult readable(UUID id, CurrentUser user) {
        return results.findById(id)
                .filter(result -> result.isReadableBy(user.id(), user.isAdmin()))
                .orElseThrow(() -> notFound(id));
    }

    private GameResult owned(UUID id, CurrentUser user) {
        return results.findById(id)
                .filter(result -> result.isReadableBy(user.id(), false))
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("game result", id);
    }
}
