package io.quizhall.game;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.GamePayloads.QuestionClosed;
import io.quizhall.game.GamePayloads.Solution;
import io.quizhall.shared.QrCode;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the host's screen needs besides the live protocol: a QR code of the join URL for the lobby, and the results
 * of a closed question again after a reload. Read-only; only the game's host may ask.
 */
@Service
class HostScreen {

    private final GameStore store;

    HostScreen(GameStore store) {
        this.store = store;
    }

    /** The join URL under {@code baseUrl} ({@code …/play?pin=…}) as a black-on-white QR code, PNG. */
    byte[] joinQrCode(UUID gameId, CurrentUser host, String baseUrl) {
        GameMeta meta = hostedGame(gameId, host.id());
        return QrCode.png(baseUrl.replaceAll("/$", "") + "/play?pin=" + meta.pin());
    }

    /** A closed (or skipped) question with its solution and tallies, as its host saw them when it closed. */
    ClosedQuestion closedQuestion(UUID gameId, CurrentUser host, int index) {
        GameMeta meta = hostedGame(gameId, host.id());
        boolean closed = index >= 0
                && (index < meta.current() || (index == meta.current() && meta.status() != GameStatus.QUESTION_OPEN));
        if (!closed) {
            throw GameExceptions.invalidAction("Question " + index + " of this game has not closed.");
        }
        PlayableQuestion question = store.questions(gameId).get(index);
        var answers = store.answers(gameId, index);
        var players = store.players(gameId);
        var results = new QuestionClosed(
                index,
                question.type().name(),
                Solution.of(question),
                QuestionResults.tallies(question, answers),
                answers.size(),
                players.size(),
                QuestionResults.fastest(answers, players));
        return new ClosedQuestion(ClosedQuestion.Shown.of(index, meta.questionCount(), question), results);
    }

    private GameMeta hostedGame(UUID gameId, UUID hostId) {
        GameMeta meta = store.meta(gameId).orElseThrow(GameExceptions::gameNotFound);
        if (!meta.hostId().equals(hostId)) {
            // Another user's game is indistinguishable from a missing one.
            throw GameExceptions.gameNotFound();
        }
        return meta;
    }
}
