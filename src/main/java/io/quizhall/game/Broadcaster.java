package io.quizhall.game;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

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
                ? new RedisFanout(redisConnections, redis, new RedisFanout.Receiver() {
                    @Override
                    public void topic(String destination, byte[] json) {
                        messaging.send(destination, jsonMessage(json, null));
                    }

                    @Override
                    public void user(String user, String queue, byte[] json) {
                        deliverToUser(user, queue, json);
                    }

                    @Override
                    public void kick(String user, String reason) {
                        disconnectHere(user, reason);
                    }
                })
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
        } else if (!deliverToUser(user, queue, json(payload))) {
            // Unknown here. With the relay the user may be on a node this one has not heard from yet (user
            // registries are exchanged every few seconds); Spring's user destinations then ask the other nodes.
            messaging.convertAndSendToUser(user, queue, payload);
        }
    }

    /**
     * Sends to each of the user's sessions this node knows of (with the relay, other nodes' too) on the session's
     * own queue, {@code <queue>-user<session>}, the destination Spring's user destinations resolve to. Spring's
     * {@code /user/} handling is not used for known users: with the receive order preserved it delivers to the
     * first session only and fails for the others ("Expected mutable SimpMessageHeaderAccessor"), so a player with
     * two tabs, or one who moved to another node, would miss messages.
     *
     * @return whether the user had any session
     */
    private boolean deliverToUser(String userName, String queue, byte[] json) {
        SimpUser user = users.getUser(userName);
        if (user == null || !user.hasSessions()) {
            return false;
        }
        for (SimpSession session : user.getSessions()) {
            messaging.send(queue + "-user" + session.getId(), jsonMessage(json, "/user" + queue));
        }
        return true;
    }

    /** A new message each time: a sent message's headers are frozen. */
    private static Message<byte[]> jsonMessage(byte[] json, @Nullable String userDestination) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        if (userDestination != null) {
            // The client sees the destination it subscribed to, as with Spring's own user destinations.
            headers.setNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION, userDestination);
        }
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(json, headers.getMessageHeaders());
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
