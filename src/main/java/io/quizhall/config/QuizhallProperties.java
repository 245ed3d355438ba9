package io.quizhall.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by all features.
 *
 * @param dataDir where the embedded PostgreSQL and Redis (and later uploaded files) keep their data
 */
@ConfigurationProperties("quizhall")
public record QuizhallProperties(@DefaultValue("./data") Path dataDir) {

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
