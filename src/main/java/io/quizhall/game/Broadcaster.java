package io.quizhall.game;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Sends game messages. A broadcast is converted once and delivered to every subscriber of its topic. With
 * {@code quizhall.game.redis-fanout} every message goes through {@link RedisFanout} to every node, which delivers
 * it to its own connections; otherwise to this node's broker (in-process, or the relay to RabbitMQ).
 */
@Component
class Broadcaster implements DisposableBean {

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;
    private final MessageChannel clientOutbound;
    private final @Nullable RedisFanout fanout;

    Broadcaster(
            SimpMessagingTemplate messaging,
            SimpUserRegistry users,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound,
            GameProperties properties,
            RedisConnectionFactory redisConnections,
            StringRedisTemplate redis) {
        this.messaging = messaging;
        this.users = users;
        this.clientOutbound = clientOutbound;
        this.fanout = properties.redisFanout()
                ? new RedisFanout(redisConnections, redis, messaging, this::disconnectHere)
                : null;
    }

    /** Ends a player's connections with an ERROR frame (after a kick): on every node with the Redis fan-out. */
    void disconnect(UUID playerId, String why) {
        String user = PlayerPrincipal.nameOf(playerId);
        if (fanout != null) {
            fanout.kick(user, why);
        } else {
            disconnectHere(user, why);
        }
    }

    private void disconnectHere(String userName, String why) {
        SimpUser user = users.getUser(userName);
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
        if (fanout != null) {
            fanout.topic(destination, json(payload));
        } else {
            messaging.convertAndSend(destination, payload);
        }
    }

    void toPlayer(UUID playerId, String queue, Object payload) {
        toUser(PlayerPrincipal.nameOf(playerId), queue, payload);
    }

    void toHost(UUID hostId, Object payload) {
        toUser(HostPrincipal.nameOf(hostId), GameDestinations.HOST, payload);
    }

    private void toUser(String user, String queue, Object payload) {
        if (fanout != null) {
            fanout.user(user, queue, json(payload));
        } else {
            messaging.convertAndSendToUser(user, queue, payload);
        }
    }

    /** The payload as the broker would send it, serialised by the same converter. */
    private byte[] json(Object payload) {
        var message = messaging.getMessageConverter().toMessage(payload, null);
        if (message == null || !(message.getPayload() instanceof byte[] bytes)) {
            throw new IllegalStateException(
                    "Cannot serialise " + payload.getClass().getSimpleName());
        }
        return bytes;
    }

    @Override
    public void destroy() throws Exception {
        if (fanout != null) {
            fanout.destroy();
        }
    }
}
