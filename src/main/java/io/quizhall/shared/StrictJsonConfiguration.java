package io.quizhall.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the application's JSON mapper read {@link StrictJson} types strictly. */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonProperties() {
        return builder -> builder.addHandler(new StrictJson.RejectUnknownProperties());
    }
}
