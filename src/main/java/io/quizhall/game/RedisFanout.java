package io.quizhall.game;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final Receiver receiver;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "redis-fanout");
        thread.setDaemon(true);
        return thread;
    });
    private final RedisMessageListenerContainer container;

    RedisFanout(RedisConnectionFactory connections, StringRedisTemplate redis, Receiver receiver) {
        this.redis = redis;
        this.receiver = receiver;
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
            case "T" -> receiver.topic(head[1], bytes(body));
            case "U" -> receiver.user(head[1], head[2], bytes(body));
            case "K" -> receiver.kick(head[1], body);
            default -> log.warn("Ignoring a fan-out message of unknown kind {}", head[0]);
        }
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Delivers what arrives to this node's own connections. */
    interface Receiver {
        void topic(String destination, byte[] json);

        void user(String user, String queue, byte[] json);

        void kick(String user, String reason);
    }

    @Override
    public void destroy() throws Exception {
        container.destroy();
        delivery.shutdown();
    }
}
