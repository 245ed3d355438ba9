package io.quizhall.game.live;

import io.quizhall.game.core.Broadcaster;
import io.quizhall.game.core.GameDestinations;
import io.quizhall.game.core.GameException;
import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GamePayloads.AnswerAck;
import io.quizhall.game.core.GamePayloads.AnswerRequest;
import io.quizhall.game.core.GamePayloads.GameError;
import io.quizhall.game.core.GamePlay;
import io.quizhall.game.core.HostActions;
import io.quizhall.game.core.HostCommand;
import io.quizhall.game.core.HostPrincipal;
import io.quizhall.game.core.LiveShutdown;
import io.quizhall.game.core.PlayerPrincipal;
import io.quizhall.game.hotseat.HotSeats;
import io.quizhall.shared.Outages;
import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.JsonNode;

/**
 * Thin STOMP handlers: the interceptor has authorised the frame; the service decides. Replies go to the sending
 * connection's own queue ({@code <queue>-user<session>}, what {@code @SendToUser(broadcast = false)} resolves to)
 * directly, and the user is taken from its header: Spring's {@code @SendToUser} looks its annotations up again for
 * every reply, and its {@code Principal} resolver parses the parameter's annotations for every message (to ask
 * whether it is nullable), 12 % of the CPU of an answer together (docs/performance.md).
 */
@Controller
class GameMessageController {

    private static final Logger log = LoggerFactory.getLogger(GameMessageController.class);
    private static final String USER = SimpMessageHeaderAccessor.USER_HEADER;
    private static final String SESSION = SimpMessageHeaderAccessor.SESSION_ID_HEADER;

    private final GamePlay play;
    private final HostActions host;
    private final HotSeats hotSeats;
    private final LiveShutdown shutdown;
    private final Broadcaster broadcaster;

    GameMessageController(
            GamePlay play, HostActions host, HotSeats hotSeats, LiveShutdown shutdown, Broadcaster broadcaster) {
        this.play = play;
        this.host = host;
        this.hotSeats = hotSeats;
        this.shutdown = shutdown;
        this.broadcaster = broadcaster;
    }

    @MessageMapping(GameDestinations.ANSWER)
    void answer(
            @DestinationVariable UUID game,
            @Payload AnswerRequest request,
            @Header(USER) Principal user,
            @Header(SESSION) String session,
            @Header(name = CorrelationIds.HEADER, required = false) @Nullable String correlationId) {
        AnswerAck ack;
        try {
            ack = play.answer((PlayerPrincipal) user, request).correlated(CorrelationIds.clean(correlationId));
        } catch (GameException refused) {
            throw refused.about(request.question());
        } catch (RuntimeException failure) {
            // The client cannot know whether the answer was recorded: it may send it again (it counts once).
            throw Outages.isOutage(failure) ? GameExceptions.unavailable().about(request.question()) : failure;
        }
        broadcaster.toSession(session, GameDestinations.ACK, ack);
    }

    @MessageMapping(GameDestinations.SYNC)
    void sync(@DestinationVariable UUID game, @Header(USER) Principal user, @Header(SESSION) String session) {
        broadcaster.toSession(
                session,
                GameDestinations.STATE,
                play.state(game, user instanceof PlayerPrincipal player ? player.playerId() : null));
    }

    @MessageMapping(GameDestinations.HOST_ACTION)
    void host(
            @DestinationVariable UUID game,
            @DestinationVariable String action,
            @Payload(required = false) @Nullable JsonNode body,
            @Header(USER) Principal user) {
        host.carryOut(game, ((HostPrincipal) user).userId(), HostCommand.parse(action, body));
    }

    /** The contestant's lifelines and walking away, and the host choosing the contestant (docs, "Hot seat"). */
    @MessageMapping(GameDestinations.HOT_SEAT_ACTION)
    void hotSeat(
            @DestinationVariable UUID game,
            @DestinationVariable String action,
            @Payload(required = false) @Nullable JsonNode body,
            @Header(USER) Principal user) {
        if (GameDestinations.CHOOSE_CONTESTANT.equals(action)) {
            hotSeats.chooseContestant(game, ((HostPrincipal) user).userId(), HostCommand.playerId(body));
        } else if (user instanceof PlayerPrincipal player) {
            hotSeats.contestantAction(player, action);
        } else {
            throw GameExceptions.notContestant();
        }
    }

    @MessageExceptionHandler(GameException.class)
    @SendToUser(destinations = GameDestinations.ERRORS, broadcast = false)
    GameError refused(
            GameException exception,
            @Header(name = CorrelationIds.HEADER, required = false) @Nullable String correlationId) {
        return GameError.of(exception).correlated(CorrelationIds.clean(correlationId));
    }

    @MessageExceptionHandler(MessageConversionException.class)
    @SendToUser(destinations = GameDestinations.ERRORS, broadcast = false)
    GameError unreadable(
            MessageConversionException exception,
            @Header(name = CorrelationIds.HEADER, required = false) @Nullable String correlationId) {
        return GameError.of("invalid_message", "The message is not valid JSON of the expected shape.")
                .correlated(CorrelationIds.clean(correlationId));
    }

    @MessageExceptionHandler(Exception.class)
    @SendToUser(destinations = GameDestinations.ERRORS, broadcast = false)
    GameError failed(
            Exception exception,
            @Header(name = CorrelationIds.HEADER, required = false) @Nullable String correlationId) {
        GameError error;
        if (Outages.isOutage(exception) || shutdown.isStopping()) {
            // While this node stops, a frame read just before may meet Redis or PostgreSQL already stopping: the
            // client retries on the node it reconnects to (docs/live-protocol.md, section 15).
            log.warn("A game message failed: a server is unreachable or too busy ({})", Outages.describe(exception));
            error = GameError.of(GameExceptions.unavailable());
        } else {
            log.error("Unexpected error in a game message", exception);
            error = GameError.of("internal_error", "Something went wrong on our side.");
        }
        return error.correlated(CorrelationIds.clean(correlationId));
    }
}
