package io.quizhall.results;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps finished games and shows them to their hosts. */
@Service
public class GameResultService {

    private static final Logger log = LoggerFactory.getLogger(GameResultService.class);
    private static final String QUIZ_LINK = "game_results_quiz_id_fkey";
    private static final String HOST_LINK = "game_results_user_id_fkey";

    private final GameResultRepository results;

    GameResultService(GameResultRepository results) {
        this.results = results;
    }

    /**
     * Writes the result unless it was written already (by another node, or by a retry after a crash). A failure
     * to write (the database is unreachable, say) is thrown, never swallowed: the game feature keeps the game and
     * tries again. Two refusals are final and expected: the quiz was deleted during the game (the result is kept
     * without the link to it) and the host's account was deleted (its results go with it).
     *
     * @return whether this call wrote it
     */
    public boolean recordOnce(FinishedGame game) {
        if (results.existsById(game.gameId())) {
            return false;
        }
        try {
            return insert(game, game.quizId());
        } catch (DataIntegrityViolationException refused) {
            if (results.existsById(game.gameId())) {
                return false; // another node wrote it first
            }
            String constraint = constraintOf(refused);
            if (QUIZ_LINK.equals(constraint)) {
                return insert(game, null);
            }
            if (HOST_LINK.equals(constraint)) {
                log.info("Game {} ended after its host's account was deleted; its result is not kept", game.gameId());
                return false;
            }
            throw refused;
        }
    }

    private boolean insert(FinishedGame game, @Nullable UUID quizId) {
        results.saveAndFlush(new GameResult(
                game.gameId(),
                quizId,
                game.hostId(),
                game.finishedAt(),
                game.title(),
                game.description(),
                game.questions(),
                game.answers(),
                game.playerScores(),
                game.customFieldData()));
        return true;
    }

    private static @Nullable String constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
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
