package io.quizhall.notification.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.notification.NotificationPayloads.SubscriptionList;
import io.quizhall.notification.NotificationPayloads.SubscriptionOptions;
import io.quizhall.notification.NotificationPayloads.SubscriptionRequest;
import io.quizhall.notification.NotificationPayloads.SubscriptionView;
import io.quizhall.notification.NotificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notification subscriptions (docs/notifications.md). */
@RestController
@RequestMapping("/api/v1/notification-subscriptions")
@Tag(name = "Notification subscriptions", description = "Be told of hunt and event happenings by e-mail or webhook")
class NotificationSubscriptionController {

    private final NotificationSettings settings;

    NotificationSubscriptionController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "My subscriptions, oldest first (webhook secrets are never shown here)")
    SubscriptionList list(@AuthenticationPrincipal CurrentUser user) {
        return settings.subscriptionsOf(user);
    }

    @GetMapping("/options")
    @Operation(summary = "The platforms I may subscribe through and the event types")
    SubscriptionOptions options(@AuthenticationPrincipal CurrentUser user) {
        return settings.options();
    }

    @PostMapping
    @Operation(
            summary = "Subscribe to an event type, optionally for one hunt",
            description = "E-mail goes to the account's verified address; a webhook or Discord URL must be https and"
                    + " must not point at a local or private network. For a webhook the answer holds `secret`,"
                    + " which signs every delivery and is shown only this once")
    @ApiResponse(responseCode = "201", description = "Created; Location points at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` names platformId, type or url")
    @ApiResponse(responseCode = "409", description = "conflict: the same subscription exists, or the limit is reached")
    @ApiResponse(responseCode = "429", description = "too-many-requests: too many new subscriptions this hour")
    ResponseEntity<SubscriptionView> create(
            @RequestBody SubscriptionRequest request, @AuthenticationPrincipal CurrentUser user) {
        SubscriptionView created = settings.subscribe(request, user);
        return ResponseEntity.created(URI.create("/api/v1/notification-subscriptions/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "End one of my subscriptions; its queued deliveries are dropped")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such subscription of mine")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        settings.unsubscribe(id, user);
        return ResponseEntity.noContent().build();
    }
}
