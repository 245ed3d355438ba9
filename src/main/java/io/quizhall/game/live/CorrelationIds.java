package io.quizhall.game.live;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;

/**
 * The {@code correlation-id} header a client may put on a SEND; the acknowledgement or error it causes carries it
 * back, so a client can tell which of its sends a reply is about. Only short printable ASCII values are echoed.
 */
final class CorrelationIds {

    static final String HEADER = "correlation-id";
    static final int MAX_LENGTH = 64;

    private CorrelationIds() {}

    static @Nullable String of(SimpMessageHeaderAccessor frame) {
        return clean(frame.getFirstNativeHeader(HEADER));
    }

    static @Nullable String clean(@Nullable String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return raw;
    }
}
