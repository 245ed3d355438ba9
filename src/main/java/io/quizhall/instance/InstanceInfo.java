package io.quizhall.instance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a client learns about this installation.
 *
 * @param instanceId stays the same for the lifetime of the installation's database
 * @param version the application's version
 * @param createdAt when the installation first started
 * @param features each optional feature and whether it is enabled
 */
public record InstanceInfo(UUID instanceId, String version, Instant createdAt, Map<String, Boolean> features) {}
