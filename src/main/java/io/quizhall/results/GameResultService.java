package io.quizhall.results;

import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.game.GameFinished;
import io.quizhall.quiz.QuizService;
import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps finished games and shows them to their hosts. */
@Service
public class GameResultService {

    private static final Logger log = LoggerFactory.getLogger(GameResultService.class);

    private final GameResultRepository results;
    private final QuizService quizzes;
    private final AccountService accounts;

    GameResultService(GameResultRepository results, QuizService quizzes, AccountService accounts) {
        this.results = results;
        this.quizzes = quizzes;
        this.accounts = accounts;
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
        UUID quizId = quizzes.exists(game.quizId()) ? game.quizId() : null;
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
                customFieldData(game),
                game.teams().isEmpty()
                        ? null
                        : game.teams().stream().map(TeamData::of).toList()));
        return true;
    }

    /** Counts a play of the game's quiz, once, if anyone played and the quiz still exists. */
    @Transactional
    public void countPlayOnce(GameFinished game) {
        if (!game.players().isEmpty() && results.markPlayCounted(game.gameId()) == 1 && quizzes.exists(game.quizId())) {
            quizzes.recordPlay(game.quizId());
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

    @Transactional(readOnly = true)
    public List<ResultSummary> listMine(CurrentUser user) {
        return results.findByUserIdOrderByTimestampDesc(user.id()).stream()
                .map(ResultSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public ResultDetails get(UUID id, CurrentUser user) {
        return results.findById(id)
                .filter(result -> result.userId().equals(user.id()))
                .map(ResultDetails::of)
                .orElseThrow(() -> NotFoundException.forId("game result", id));
    }
}
