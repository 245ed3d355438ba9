package io.quizhall.game;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/** Sends game messages. A broadcast is converted once and delivered to every subscriber of its topic. */
@Component
class Broadcaster {

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;
    private final MessageChannel clientOutbound;

    Broadcaster(
            SimpMessagingTemplate messaging,
            SimpUserRegistry users,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.messaging = messaging;
        this.users = users;
        this.clientOutbound = clientOutbound;
    }

    /** Ends a player's connections on this node with an ERROR frame (after a kick). */
    void disconnect(UUID playerId, String why) {
        SimpUser user = users.getUser(PlayerPrincipal.nameOf(playerId));
        if (user == null) {
            return;
        }
        for (SimpSession session : user.getSessions()) {
            StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
            error.setMessage(why);
            error.setSessionId(session.getId());
            clientOutbound.send(
                    MessageBuilder.createMessage(why.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders()));
        }
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
