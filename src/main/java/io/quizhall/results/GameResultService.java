package io.quizhall.results;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps finished games and shows them to their hosts. */
@Service
public class GameResultService {

    private static final Logger log = LoggerFactory.getLogger(GameResultService.class);

    private final GameResultRepository results;

    GameResultService(GameResultRepository results) {
        this.results = results;
    }

    /**
     * Writes the result unless it was written already (by another node, or by a retry after a crash).
     *
     * @return whether this call wrote it
     */
    public boolean recordOnce(FinishedGame game) {
        if (results.existsById(game.gameId())) {
            return false;
        }
        try {
            results.saveAndFlush(new GameResult(
                    game.gameId(),
                    game.quizId(),
                    game.hostId(),
                    game.finishedAt(),
                    game.title(),
                    game.description(),
                    game.questions(),
                    game.answers(),
                    game.playerScores(),
                    game.customFieldData()));
            return true;
        } catch (DataIntegrityViolationException refused) {
            if (!results.existsById(game.gameId())) {
                // Not a race with another node: the quiz or the host's account was deleted during the game.
                log.error(
                        "The result of game {} could not be written: {}",
                        game.gameId(),
                        refused.getMostSpecificCause().getMessage());
            }
            return false;
        }
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
