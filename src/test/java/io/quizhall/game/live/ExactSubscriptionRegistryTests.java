package io.quizhall.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class ExactSubscriptionRegistryTests {

    final ExactSubscriptionRegistry registry = new ExactSubscriptionRegistry();

    @Test
    void findsSubscribersOfExactlyThatDestination() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/games.1.question"));
        registry.registerSubscription(subscribe("s1", "b", "/topic/games.1.results"));
        registry.registerSubscription(subscribe("s2", "x", "/topic/games.1.question"));
        registry.registerSubscription(subscribe("s3", "y", "/topic/games.2.question"));

        assertThat(find("/topic/games.1.question")).isEqualTo(Map.of("s1", List.of("a"), "s2", List.of("x")));
        assertThat(find("/topic/games.1.results")).isEqualTo(Map.of("s1", List.of("b")));
        assertThat(find("/topic/games.*.question")).as("no patterns").isEmpty();
        assertThat(find("/topic/games.3.question")).isEmpty();
    }

    @Test
    void oneSessionMaySubscribeTwiceAndUnsubscribeOnce() {
        registry.registerSubscription(subscribe("s1", "a", "/queue/ack-users1"));
        registry.registerSubscription(subscribe("s1", "b", "/queue/ack-users1"));
        assertThat(find("/queue/ack-users1")).isEqualTo(Map.of("s1", List.of("a", "b")));

        registry.unregisterSubscription(unsubscribe("s1", "a"));
        assertThat(find("/queue/ack-users1")).isEqualTo(Map.of("s1", List.of("b")));
        registry.unregisterSubscription(unsubscribe("s1", "b"));
        assertThat(find("/queue/ack-users1")).isEmpty();
        registry.unregisterSubscription(unsubscribe("s1", "b"));
    }

    @Test
    void aReusedSubscriptionIdMovesToTheNewDestination() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/one"));
        registry.registerSubscription(subscribe("s1", "a", "/topic/two"));
        assertThat(find("/topic/one")).isEmpty();
        assertThat(find("/topic/two")).isEqualTo(Map.of("s1", List.of("a")));
    }

    @Test
    void aClosedSessionLosesAllItsSubscriptions() {
        registry.registerSubscription(subscribe("s1", "a", "/topic/one"));
        registry.registerSubscription(subscribe("s1", "b", "/topic/two"));
        registry.registerSubscription(subscribe("s2", "c", "/topic/one"));
        registry.unregisterAllSubscriptions("s1");
        assertThat(find("/topic/one")).isEqualTo(Map.of("s2", List.of("c")));
        assertThat(find("/topic/two")).isEmpty();
        registry.unregisterAllSubscriptions("unknown");
    }

    @Test
    void concurrentSubscribersAllEndUpRegistered() {
        var futures = new ArrayList<CompletableFuture<Void>>();
        IntStream.range(0, 8)
                .forEach(thread -> futures.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 500; i++) {
                        String session = "s" + thread + "-" + i;
                        registry.registerSubscription(subscribe(session, "q", "/topic/games.1.question"));
                        registry.registerSubscription(subscribe(session, "t", "/topic/tmp"));
                        registry.unregisterAllSubscriptions(i % 2 == 0 ? session : "none");
                    }
                })));
        futures.forEach(CompletableFuture::join);
        assertThat(find("/topic/games.1.question")).hasSize(8 * 250);
        assertThat(find("/topic/tmp")).hasSize(8 * 250);
    }

    private Map<String, List<String>> find(String destination) {
        var accessor = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        accessor.setDestination(destination);
        return Map.copyOf(registry.findSubscriptions(message(accessor)));
    }

    private static Message<?> subscribe(String session, String id, String destination) {
        var accessor = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        accessor.setSessionId(session);
        accessor.setSubscriptionId(id);
        accessor.setDestination(destination);
        return message(accessor);
    }

    private static Message<?> unsubscribe(String session, String id) {
        var accessor = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        accessor.setSessionId(session);
        accessor.setSubscriptionId(id);
        return message(accessor);
    }

    private static Message<?> message(SimpMessageHeaderAccessor accessor) {
        return MessageBuilder.createMessage(new byte[0], accessor.getMessageHeaders());
    }
}
