package io.quizhall.game;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Carries broadcasts between nodes through one Redis pub/sub channel ({@code quizhall.game.redis-fanout}). Every
 * node publishes its broadcasts, personal messages and kicks to the channel, already serialised, and delivers what
 * it receives (its own included) to the players connected to it through its in-process broker. One subscription
 * per node; messages are delivered in the order they were published, on one thread.
 *
 * <p>Envelopes are text: {@code T <destination>\n<json>} for a topic, {@code U <user> <destination>\n<json>} for
 * one user's queue, {@code K <user>\n<reason>} to end a kicked user's connections.
 */
final class RedisFanout implements MessageListener, DisposableBean {

    static final String CHANNEL = "qh:fanout";
    private static final Logger log = LoggerFactory.getLogger(RedisFanout.class);

    private final StringRedisTemplate redis;
    private final SimpMessagingTemplate messaging;
    private final BiConsumer<String, String> disconnect;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "redis-fanout");
        thread.setDaemon(true);
        return thread;
    });
    private final RedisMessageListenerContainer container;

    RedisFanout(
            RedisConnectionFactory connections,
            StringRedisTemplate redis,
            SimpMessagingTemplate messaging,
            BiConsumer<String, String> disconnect) {
        this.redis = redis;
        this.messaging = messaging;
        this.disconnect = disconnect;
        this.container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(delivery);
        container.addMessageListener(this, new ChannelTopic(CHANNEL));
        container.afterPropertiesSet();
        container.start();
    }

    void topic(String destination, byte[] json) {
        publish("T " + destination, json);
    }

    void user(String user, String destination, byte[] json) {
        publish("U " + user + " " + destination, json);
    }

    void kick(String user, String reason) {
        publish("K " + user, reason.getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String head, byte[] body) {
        redis.convertAndSend(CHANNEL, head + "\n" + new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public void onMessage(Message message, byte @Nullable [] pattern) {
        String envelope = new String(message.getBody(), StandardCharsets.UTF_8);
        int newline = envelope.indexOf('\n');
        if (newline < 0) {
            log.warn("Ignoring a malformed fan-out message");
            return;
        }
        String[] head = envelope.substring(0, newline).split(" ");
        String body = envelope.substring(newline + 1);
        switch (head[0]) {
            case "T" -> messaging.send(head[1], json(body));
            case "U" -> messaging.send("/user/" + head[1] + head[2], json(body));
            case "K" -> disconnect.accept(head[1], body);
            default -> log.warn("Ignoring a fan-out message of unknown kind {}", head[0]);
        }
    }

    private static org.springframework.messaging.Message<byte[]> json(String body) {
        var headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(body.getBytes(StandardCharsets.UTF_8), headers.getMessageHeaders());
    }

    @Override
    public void destroy() throws Exception {
        container.destroy();
        delivery.shutdown();
    }
}
