package io.quizhall.game;

import java.util.UUID;

/**
 * Lets another feature own a family of STOMP topics on the live endpoint ({@code /ws}). The game's channel
 * interceptor consults the authoriser whose {@link #prefix()} a SUBSCRIBE's destination starts with, on every
 * SUBSCRIBE, for signed-in users only (connections made with the sign-in session cookie); a destination no
 * authoriser claims is refused as before. Clients never SEND to such topics: the feature publishes to them through
 * {@link LiveTopics}.
 */
public interface LiveTopicAuthoriser {

    /**
     * The destinations this feature owns, such as {@code /topic/hunts.}: must start with {@code /topic/}, must not
     * be the games' prefix, and must not overlap another authoriser's.
     */
    String prefix();

    /** Whether the signed-in user {@code userId} may subscribe to {@code destination} (which starts with the prefix). */
    boolean maySubscribe(UUID userId, String destination);
}
