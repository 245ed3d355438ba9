package io.quizhall.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Domain events between modules (docs/architecture.md, "Events"): listeners run after the publishing transaction
 * commits, on their own threads; an event a listener failed to handle, or that a dying node left unhandled, is
 * handed to its listeners again here once it is older than {@code quizhall.events.retry-after}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventsConfiguration.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventsConfiguration(
            IncompleteEventPublications incomplete, @Value("${quizhall.events.retry-after:1m}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(
            fixedDelayString = "${quizhall.events.retry-after:1m}",
            initialDelayString = "${quizhall.events.retry-after:1m}")
    void retryIncompleteEvents() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException failure) {
            // The database is away: the next pass tries again.
            log.warn(
                    "Could not hand unhandled events to their listeners again: {}",
                    failure.getClass().getSimpleName());
        }
    }
}
