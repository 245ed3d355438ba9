package io.quizhall.ladder;

import io.quizhall.shared.BodySizeLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Caps the ladder's request bodies (an OpenTriviaDB import is the largest) at quizhall.ladder.max-request-size. */
@Configuration(proxyBeanMethods = false)
class LadderRequestSizeLimit {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> ladderRequestSizeLimitFilter(
            LadderProperties properties, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxRequestSize().toBytes(), "Ladder requests", json));
        registration.addUrlPatterns(
                "/api/v1/ladders",
                "/api/v1/ladders/*",
                "/api/v1/ladder-runs",
                "/api/v1/ladder-runs/*",
                "/api/v1/ladder-questions",
                "/api/v1/ladder-questions/*");
        return registration;
    }
}
