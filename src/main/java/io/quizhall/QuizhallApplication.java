package io.quizhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Quizhall: a self-hostable live quiz platform. */
// No in-memory user store: accounts live in the database (see the account feature).
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class QuizhallApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuizhallApplication.class, args);
    }
}
