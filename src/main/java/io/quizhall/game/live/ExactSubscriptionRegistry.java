package io.quizhall.game.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The in-process broker's subscriptions, indexed by exact destination.
 *
 * <p>Spring's default registry treats every subscription as a pattern and, for a destination it has not cached,
 * scans the subscriptions of every session. Each personal message ({@code /user/queue/ack} becomes
 * {@code /queue/ack-user<session>}) is such a destination, so with thousands of players every acknowledgement
 * cost a scan of all of them: at 2,000 players that scan was about 90 % of the server's CPU samples (JFR, see
 * docs/performance.md). Game destinations are exact names (the channel interceptor refuses anything else), so a
 * map lookup is enough. Selector headers are not supported.
 */
final class ExactSubscriptionRegistry extends AbstractSubscriptionRegistry {

    /** destination → session id → subscription ids (immutable lists, replaced on change, safe to iterate). */
    private final ConcurrentMap<String, ConcurrentMap<String, List<String>>> byDestination = new ConcurrentHashMap<>();
    /** session id → subscription id → destination. */
    private final ConcurrentMap<String, ConcurrentMap<String, String>> bySession = new ConcurrentHashMap<>();

    @Override
    protected void addSubscriptionInternal(
            String sessionId, String subscriptionId, String destination, Message<?> message) {
        String previous = bySession
                .computeIfAbsent(sessionId, key -> new ConcurrentHashMap<>())
                .put(subscriptionId, destination);
        if (previous != null) {
            remove(previous, sessionId, subscriptionId);
        }
        byDestination.compute(destination, (key, sessions) -> {
            var map = sessions == null ? new ConcurrentHashMap<String, List<String>>() : sessions;
            map.compute(sessionId, (session, ids) -> {
                if (ids == null) {
                    return List.of(subscriptionId);
                }
                var more = new ArrayList<>(ids);
                more.add(subscriptionId);
                return List.copyOf(more);
            });
            return map;
        });
    }

    @Override
    protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
        var subscriptions = bySession.get(sessionId);
        String destination = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (destination != null) {
            remove(destination, sessionId, subscriptionId);
        }
    }

    @Override
    public void unregisterAllSubscriptions(String sessionId) {
        var subscriptions = bySession.remove(sessionId);
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, destination) -> remove(destination, sessionId, subscriptionId));
        }
    }

    @Override
    protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
        Map<String, List<String>> sessions = byDestination.get(destination);
        return sessions == null ? new LinkedMultiValueMap<>() : CollectionUtils.toMultiValueMap(sessions);
    }

    private void remove(String destination, String sessionId, String subscriptionId) {
        byDestination.computeIfPresent(destination, (key, sessions) -> {
            sessions.computeIfPresent(sessionId, (session, ids) -> {
                var rest = new ArrayList<>(ids);
                rest.remove(subscriptionId);
                return rest.isEmpty() ? null : List.copyOf(rest);
            });
            return sessions.isEmpty() ? null : sessions;
        });
    }
}
