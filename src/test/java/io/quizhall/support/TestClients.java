package io.quizhall.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

@TestConfiguration(proxyBeanMethods = false)
public class TestClients {

    @Bean
    @Lazy
    Api api(@Value("${local.server.port}") int port) {
        return new Api("http://localhost:" + port);
    }
}
