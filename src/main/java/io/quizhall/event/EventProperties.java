package io.quizhall.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled events ({@code quizhall.event.*}, docs/configuration.md).
 *
 * @param maxSessions sessions one event may have
 * @param maxCapacity the largest capacity an organiser may set
 * @param launchEarly how long before a session's start its game may be launched
 * @param registrationsPerMinute registrations and unregistrations one account may make per minute
 */
@ConfigurationProperties("quizhall.event")
record EventProperties(
        @DefaultValue("20") int maxSessions,
        @DefaultValue("10000") int maxCapacity,
        @DefaultValue("30m") Duration launchEarly,
        @DefaultValue("30") int registrationsPerMinute) {}
