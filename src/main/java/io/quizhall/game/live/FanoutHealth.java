package io.quizhall.game.live;

import io.quizhall.game.core.Broadcaster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code fanout}, with {@code quizhall.game.redis-fanout}: DOWN until this node's Redis subscription is in
 * place (a node that started while Redis was away gets no broadcasts from the others yet).
 */
@Component("fanoutHealthIndicator")
@ConditionalOnBooleanProperty("quizhall.game.redis-fanout")
class FanoutHealth implements HealthIndicator {

    private final Broadcaster broadcaster;

    FanoutHealth(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Override
    public Health health() {
        return Boolean.TRUE.equals(broadcaster.fanoutListening())
                ? Health.up().build()
                : Health.down()
                        .withDetail("error", "not subscribed to Redis yet")
                        .build();
    }
}
