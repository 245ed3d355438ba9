package io.quizhall.game.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Carries broadcasts between nodes through one Redis pub/sub channel ({@code quizhall.game.redis-fanout}). Every
 * node publishes its broadcasts, personal messages and connection ends to the channel, already serialised, and
 * delivers what it receives (its own included) to the players connected to it through its in-process broker.
 * One subscription per node; messages are delivered in the order they were published, on one thread.
 *
 * <p>The subscription is made in the background, again and again with growing pauses until Redis answers: a node
 * that starts while Redis is slow or away comes up (and reports itself unhealthy) instead of failing to start.
 *
 * <p>Envelopes are text: {@code T <destination>\n<json>} for a topic, {@code U <user> <destination>\n<json>} for
 * one user's queue, {@code E <user> <account sessions|*>\n<reason>\n<json>} to end a user's connections (all,
 * or those signed in with the listed account sessions) after telling them why.
 */
final class RedisFanout implements MessageListener {

    static final String CHANNEL = "qh:fanout";
    private static final Logger log = LoggerFactory.getLogger(RedisFanout.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final RedisConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final Receiver receiver;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "redis-fanout");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable RedisMessageListenerContainer container;
    private volatile boolean running;
    private @Nullable Thread subscriber;

    RedisFanout(RedisConnectionFactory connections, StringRedisTemplate redis, Receiver receiver) {
        this.connections = connections;
        this.redis = redis;
        this.receiver = receiver;
    }

    /** Starts subscribing in the background; returns at once. */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        subscriber = new Thread(this::subscribe, "redis-fanout-subscribe");
        subscriber.setDaemon(true);
        subscriber.start();
    }

    /** Whether this node receives what other nodes publish. */
    boolean isListening() {
        RedisMessageListenerContainer current = container;
        return current != null && current.isListening();
    }

    private void subscribe() {
        Duration pause = FIRST_RETRY;
        while (running) {
            var attempt = new RedisMessageListenerContainer();
            attempt.setConnectionFactory(connections);
            attempt.setTaskExecutor(delivery);
            attempt.addMessageListener(this, new ChannelTopic(CHANNEL));
            try {
                attempt.afterPropertiesSet();
                attempt.start();
                container = attempt;
                log.info("Redis fan-out subscribed to {}", CHANNEL);
                return;
            } catch (RuntimeException unreachable) {
                destroy(attempt);
                log.warn(
                        "Redis fan-out cannot subscribe yet ({}); trying again in {} ms",
                        unreachable.getClass().getSimpleName(),
                        pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
            }
        }
    }

    void topic(String destination, byte[] json) {
        publish("T " + destination, json);
    }

    void user(String user, String destination, byte[] json) {
        publish("U " + user + " " + destination, json);
    }

    void end(String user, @Nullable Set<UUID> accountSessions, String reason, byte[] json) {
        String filter = accountSessions == null
                ? "*"
                : accountSessions.stream().map(UUID::toString).collect(Collectors.joining(","));
        publish("E " + user + " " + filter + "\n" + reason, json);
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
            case "E" -> {
                int reasonEnd = body.indexOf('\n');
                Set<UUID> sessions = head[2].equals("*")
                        ? null
                        : Set.of(head[2].split(",")).stream()
                                .map(UUID::fromString)
                                .collect(Collectors.toSet());
                receiver.end(head[1], sessions, body.substring(0, reasonEnd), bytes(body.substring(reasonEnd + 1)));
            }
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

        void end(String user, @Nullable Set<UUID> accountSessions, String reason, byte[] json);
    }

    void stop() {
        running = false;
        Thread starting = subscriber;
        if (starting != null) {
            starting.interrupt();
        }
        RedisMessageListenerContainer current = container;
        container = null;
        if (current != null) {
            destroy(current);
        }
        delivery.shutdown();
    }

    private static void destroy(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("Could not stop a fan-out subscription", e);
        }
    }
}
