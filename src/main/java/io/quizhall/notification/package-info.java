/**
 * Notifications: the platforms administrators offer (e-mail, a signed generic webhook, a Discord-compatible
 * webhook), users' subscriptions to event types, and delivery through a PostgreSQL outbox with retries and an SSRF
 * guard. Other features call {@link io.quizhall.notification.Notifications#publish} in their own transaction.
 * docs/notifications.md describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "audit", "shared"})
package io.quizhall.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
