package io.quizhall.config;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.health.DataRedisHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The {@code db} and {@code redis} health checks, each with a time limit: while a server hangs or is down, a check
 * would wait for a pool connection or a command timeout, and load balancers' probes would queue up behind it.
 * Here every probe answers within {@code quizhall.health.timeout} (DOWN if the check has not finished), and
 * concurrent probes share one check in flight instead of each taking a connection.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    HealthIndicator dbHealthIndicator(
            DataSource dataSource, @Value("${quizhall.health.timeout:750ms}") Duration limit) {
        return new TimeLimitedHealthIndicator(new DataSourceHealthIndicator(dataSource, "SELECT 1"), limit);
    }

    @Bean
    HealthIndicator redisHealthIndicator(
            RedisConnectionFactory connections, @Value("${quizhall.health.timeout:750ms}") Duration limit) {
        return new TimeLimitedHealthIndicator(new DataRedisHealthIndicator(connections), limit);
    }

    /** A health check that gives up waiting after a time limit, with at most one check running at a time. */
    static final class TimeLimitedHealthIndicator implements HealthIndicator {

        private static final Executor CHECKS = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "health-check");
            thread.setDaemon(true);
            return thread;
        });

        private final HealthIndicator check;
        private final Duration limit;
        private @Nullable CompletableFuture<Health> running;

        TimeLimitedHealthIndicator(HealthIndicator check, Duration limit) {
            this.check = check;
            this.limit = limit;
        }

        @Override
        public Health health() {
            CompletableFuture<Health> current;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    running = CompletableFuture.supplyAsync(check::health, CHECKS);
                }
                current = running;
            }
            try {
                return current.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Health.down()
                        .withDetail("error", "no answer within " + limit)
                        .build();
            } catch (ExecutionException e) {
                return Health.down().withDetail("error", "the check failed").build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.down().build();
            }
        }
    }
}
