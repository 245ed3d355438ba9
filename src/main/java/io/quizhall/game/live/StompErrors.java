package io.quizhall.game.live;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Every STOMP ERROR frame says one of the documented {@code code: explanation} texts (docs/live-protocol.md,
 * section 4), never an exception's text: frames Spring cannot read or route get a fixed text of their own, and an
 * ERROR frame with any other text (from a library, or the broker relay) is replaced.
 */
final class StompErrors extends StompSubProtocolErrorHandler {

    /** The codes an ERROR frame may carry. */
    static final Set<String> CODES = Set.of(
            "invalid_token",
            "kicked",
            "unauthenticated",
            "forbidden",
            "heartbeat_required",
            "unavailable",
            "invalid_frame",
            "frame_too_large",
            "not_connected",
            "internal_error");

    private final int maxFrameBytes;

    StompErrors(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public @Nullable Message<byte[]> handleClientMessageProcessingError(
            @Nullable Message<byte[]> clientMessage, Throwable failure) {
        return error(explain(clientMessage, failure));
    }

    @Override
    public @Nullable Message<byte[]> handleErrorMessageToClient(Message<byte[]> errorMessage) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(errorMessage, StompHeaderAccessor.class);
        String why = accessor == null ? null : accessor.getMessage();
        if (why == null || !CODES.contains(why.substring(0, Math.max(0, why.indexOf(':'))))) {
            why = "internal_error: The server ended this connection; connect again.";
        }
        return error(why);
    }

    private String explain(@Nullable Message<byte[]> clientMessage, Throwable failure) {
        String text = failure.getMessage() == null ? "" : failure.getMessage();
        if (text.contains("buffer size limit")) {
            return "frame_too_large: A frame may have at most " + maxFrameBytes + " bytes.";
        }
        if (clientMessage != null && text.startsWith("Unknown session")) {
            return "not_connected: Send CONNECT first.";
        }
        return "invalid_frame: The frame is not a STOMP 1.2 frame this server accepts.";
    }

    private static Message<byte[]> error(String why) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(why);
        error.setContentType(org.springframework.util.MimeTypeUtils.TEXT_PLAIN);
        return MessageBuilder.createMessage(why.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
    }
}
