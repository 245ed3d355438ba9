package io.quizhall.game.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GameLobby;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GameMode;
import io.quizhall.game.core.GameModes;
import io.quizhall.game.core.GamePayloads.QuestionClosed;
import io.quizhall.game.core.GameStatus;
import io.quizhall.game.core.GameStore;
import io.quizhall.game.core.PlayableQuestion;
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
    private final GameLobby lobby;
    private final GameModes modes;

    HostScreen(GameStore store, GameLobby lobby, GameModes modes) {
        this.store = store;
        this.lobby = lobby;
        this.modes = modes;
    }

    /** The join URL under {@code baseUrl} ({@code …/play?pin=…}) as a black-on-white QR code, PNG. */
    byte[] joinQrCode(UUID gameId, CurrentUser host, String baseUrl) {
        GameMeta meta = lobby.hostedGame(gameId, host.id());
        return QrCode.png(baseUrl.replaceAll("/$", "") + "/play?pin=" + meta.pin());
    }

    /** A closed (or skipped) question with its solution and tallies, as its host saw them when it closed. */
    ClosedQuestion closedQuestion(UUID gameId, CurrentUser host, int index) {
        GameMeta meta = lobby.hostedGame(gameId, host.id());
        boolean closed = index >= 0
                && (index < meta.current() || (index == meta.current() && meta.status() != GameStatus.QUESTION_OPEN));
        if (!closed) {
            throw GameExceptions.invalidAction("Question " + index + " of this game has not closed.");
        }
        PlayableQuestion question = store.questions(gameId).get(index);
        var closing = modes.of(meta)
                .close(new GameMode.Round(
                        gameId,
                        index,
                        question,
                        store.answers(gameId, index),
                        store.players(gameId),
                        store.ranking(gameId),
                        store.streaks(gameId),
                        store.teams(meta)));
        QuestionClosed results = closing.host() != null ? closing.host() : closing.everyone();
        return new ClosedQuestion(ClosedQuestion.Shown.of(index, meta.questionCount(), question), results);
    }
}
