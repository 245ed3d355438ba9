package io.quizhall.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and timings of remote button controllers (docs/controllers.md; docs/configuration.md, "Remote
 * controllers").
 *
 * @param setupCodeTtl how long a setup code works after the device asked for it
 * @param onlineWindow a controller counts as online if it pinged within this time
 * @param pingInterval how often a device should ping (told to it in every ping answer)
 * @param setupsPerMinute setup codes one address may ask for per minute
 * @param pairingsPerMinute setup codes one teacher may enter per minute (right or wrong)
 * @param deviceRequestsPerMinute requests (ping, join) one controller may make per minute
 * @param unknownSecretsPerMinute requests with an unknown secret one address may make per minute
 * @param maxControllers most controllers (not revoked) of one teacher
 * @param nameMaxLength longest controller name
 * @param firmwareMaxLength longest firmware version text
 */
@ConfigurationProperties("quizhall.remote")
record RemoteProperties(
        @DefaultValue("10m") Duration setupCodeTtl,
        @DefaultValue("2m") Duration onlineWindow,
        @DefaultValue("30s") Duration pingInterval,
        @DefaultValue("10") int setupsPerMinute,
        @DefaultValue("10") int pairingsPerMinute,
        @DefaultValue("30") int deviceRequestsPerMinute,
        @DefaultValue("20") int unknownSecretsPerMinute,
        @DefaultValue("200") int maxControllers,
        @DefaultValue("60") int nameMaxLength,
        @DefaultValue("40") int firmwareMaxLength) {}
