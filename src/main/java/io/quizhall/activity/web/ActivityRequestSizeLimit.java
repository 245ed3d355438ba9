package io.quizhall.activity.web;

import io.quizhall.activity.ActivityLimits;
import io.quizhall.shared.BodySizeLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Caps request bodies of the activity endpoints at {@code quizhall.activity.max-request-size} (2 MB by default). */
@Configuration(proxyBeanMethods = false)
class ActivityRequestSizeLimit {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> activityRequestSizeLimitFilter(ActivityLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limits.maxRequestSize().toBytes(), "Activity requests", json));
        registration.addUrlPatterns("/api/v1/activities", "/api/v1/activities/*", "/api/v1/activity-shares/*");
        return registration;
    }
}
