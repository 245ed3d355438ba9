package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.config.EmbeddedRedisServer;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

@IntegrationTest
class RedisOutageTests {

    @Autowired
    Api api;

    @Autowired
    EmbeddedRedisServer redis;

    @Autowired
    StringRedisTemplate redisTemplate;

    @Test
    void healthIsDownWhileRedisIsStoppedAndUpAgainAfterItReturns() throws Exception {
        redisTemplate.opsForValue().set("qh:test:outage", "kept");
        redis.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var response = api.get("/actuator/health");
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.json().get("status").asString()).isEqualTo("DOWN");
                assertThat(response.json().at("/components/redis/status").asString())
                        .isEqualTo("DOWN");
                assertThat(response.json().at("/components/db/status").asString())
                        .isEqualTo("UP");
            });
        } finally {
            redis.start();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api.get("/actuator/health").status()).isEqualTo(200));
        assertThat(redisTemplate.opsForValue().get("qh:test:outage")).isEqualTo("kept");
    }
}
