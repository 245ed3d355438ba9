package io.quizhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Quizhall: a self-hostable live quiz platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuizhallApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuizhallApplication.class, args);
    }
}
