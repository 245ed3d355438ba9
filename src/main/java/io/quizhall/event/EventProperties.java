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
 * @param remindBefore how long before a session registered players are reminded by e-mail
 * @param reminderInterval how often each node looks for reminders to send
 */
@ConfigurationProperties("quizhall.event")
record EventProperties(
        @DefaultValue("20") int maxSessions,
        @DefaultValue("10000") int maxCapacity,
        @DefaultValue("30m") Duration launchEarly,
        @DefaultValue("30") int registrationsPerMinute,
        @DefaultValue("24h") Duration remindBefore,
        @DefaultValue("1m") Duration reminderInterval) {}
