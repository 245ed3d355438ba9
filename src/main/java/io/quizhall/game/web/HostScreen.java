package io.quizhall.game.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
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
import io.quizhall.shared.Png;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the host's screen needs besides the live protocol: a QR code of the join URL for the lobby, and the results
 * of a closed question again after a reload. Read-only; only the game's host may ask.
 */
@Service
class HostScreen {

    /** Pixels per QR module: sharp when scaled by whole factors, about 300 pixels wide for a join URL. */
    private static final int MODULE_PIXELS = 8;

    /** The standard quiet zone around a QR code, in modules. */
    private static final int QUIET_ZONE = 4;

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
        return png(baseUrl.replaceAll("/$", "") + "/play?pin=" + meta.pin());
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
                        index, question, store.answers(gameId, index), store.players(gameId), store.ranking(gameId)));
        QuestionClosed results = closing.host() != null ? closing.host() : closing.everyone();
        return new ClosedQuestion(ClosedQuestion.Shown.of(index, meta.questionCount(), question), results);
    }

    static byte[] png(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE));
        } catch (WriterException e) {
            // Only texts beyond a QR code's capacity (about 2 KB) fail; a join URL is far shorter.
            throw new IllegalStateException("Cannot encode a QR code for the join URL", e);
        }
        int size = matrix.getWidth() * MODULE_PIXELS;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, size, size);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    graphics.fillRect(x * MODULE_PIXELS, y * MODULE_PIXELS, MODULE_PIXELS, MODULE_PIXELS);
                }
            }
        }
        graphics.dispose();
        return Png.encode(image);
    }
}
