package io.quizhall.support;

import com.icegreen.greenmail.util.GreenMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Clients and servers every integration test shares: an HTTP client, accounts, and a real SMTP server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClients {

    @Bean
    @Lazy
    Api api(@Value("${local.server.port}") int port) {
        return new Api("http://localhost:" + port);
    }

    @Bean
    @Lazy
    Accounts accounts(@Value("${local.server.port}") int port, GreenMail mail, StringRedisTemplate redis) {
        return new Accounts("http://localhost:" + port, mail, redis);
    }

    /** Replaces the system clock so tests can freeze and advance time (deadlines, scores). */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    GameEventLog gameEventLog() {
        return new GameEventLog();
    }

    /** The real SMTP server {@link TestSmtp} started for this JVM. */
    @Bean
    GreenMail greenMail() {
        return TestSmtp.server();
    }
}
