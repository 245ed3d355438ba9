package io.quizhall.hunt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Announcements and notices of hunts ({@code quizhall.hunt.*}, docs/hunts.md "Announcements", docs/configuration.md).
 *
 * @param startingNotice how long before a hunt's start its teams' members get the HUNT_STARTING notification
 * @param announcementLength visible characters of one announcement
 * @param announcements announcements one hunt may have
 */
@ConfigurationProperties("quizhall.hunt")
record HuntNoticeProperties(
        @DefaultValue("15m") Duration startingNotice,
        @DefaultValue("4000") int announcementLength,
        @DefaultValue("500") int announcements) {}
