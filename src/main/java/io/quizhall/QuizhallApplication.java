package io.quizhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Quizhall: a self-hostable live quiz platform. */
// No in-memory user store: accounts live in the database (see the account feature). No Micrometer observation per
// Redis command or per scheduled-task run: they cost more CPU than the live engine's Redis calls and an idle node's
// timers themselves (docs/performance.md, "Idle").
@SpringBootApplication(
        exclude = {
            UserDetailsServiceAutoConfiguration.class,
            LettuceObservationAutoConfiguration.class,
            ScheduledTasksObservationAutoConfiguration.class
        })
@ConfigurationPropertiesScan
public class QuizhallApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuizhallApplication.class, args);
    }
}
