package io.quizhall.game;

import java.util.UUID;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Sends game messages. A broadcast is converted once and delivered to every subscriber of its topic. */
@Component
class Broadcaster {

    private final SimpMessagingTemplate messaging;

    Broadcaster(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    void toTopic(String destination, Object payload) {
        messaging.convertAndSend(destination, payload);
    }

    void toPlayer(UUID playerId, String queue, Object payload) {
        messaging.convertAndSendToUser(PlayerPrincipal.nameOf(playerId), queue, payload);
    }

    void toHost(UUID hostId, Object payload) {
        messaging.convertAndSendToUser(HostPrincipal.nameOf(hostId), GameDestinations.HOST, payload);
    }
}
