package io.quizhall.game;

import io.quizhall.game.core.Broadcaster;
import org.springframework.stereotype.Service;

/**
 * Publishes other features' messages on the live endpoint, through the same fan-out as the games' broadcasts (the
 * Redis fan-out or the broker relay), so every node's subscribers receive them. Who may subscribe is decided by
 * the feature's {@link LiveTopicAuthoriser}.
 */
@Service
public class LiveTopics {

    private final Broadcaster broadcaster;

    LiveTopics(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    /** Sends {@code payload} (serialised as JSON) to every subscriber of {@code destination}. */
    public void publish(String destination, Object payload) {
        if (!destination.startsWith("/topic/") || destination.startsWith("/topic/games.")) {
            throw new IllegalArgumentException("Not another feature's topic: " + destination);
        }
        broadcaster.toTopic(destination, payload);
    }
}
