package io.quizhall.results;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps finished games and shows them to their hosts. */
@Service
public class GameResultService {

    private final GameResultRepository results;

    GameResultService(GameResultRepository results) {
        this.results = results;
    }

    /**
     * Writes the result unless it was written already (by another node, or by a retry after a crash).
     *
     * @return whether this call wrote it
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
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
        } catch (DataIntegrityViolationException raced) {
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
