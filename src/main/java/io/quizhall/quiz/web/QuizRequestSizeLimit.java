package io.quizhall.quiz.web;

import io.quizhall.quiz.QuizLimits;
import io.quizhall.shared.BodySizeLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Caps request bodies of the quiz endpoints at {@code quizhall.quiz.max-request-size} (1 MB by default). */
@Configuration(proxyBeanMethods = false)
class QuizRequestSizeLimit {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> quizRequestSizeLimitFilter(QuizLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limits.maxRequestSize().toBytes(), "Quiz requests", json));
        registration.addUrlPatterns("/api/v1/quizzes", "/api/v1/quizzes/*");
        return registration;
    }
}
