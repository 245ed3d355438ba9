package io.quizhall.notification.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.notification.NotificationPayloads.PlatformRequest;
import io.quizhall.notification.NotificationPayloads.PlatformUpdate;
import io.quizhall.notification.NotificationPayloads.PlatformView;
import io.quizhall.notification.NotificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Notification platforms for administrators (docs/notifications.md); every change goes into the audit trail. */
@RestController
@RequestMapping("/api/v1/admin/notification-platforms")
@Tag(name = "Notification platforms", description = "E-mail, webhook and Discord platforms users may subscribe through")
class NotificationPlatformController {

    private final NotificationSettings settings;

    NotificationPlatformController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(
            summary = "Every platform, oldest first, with its number of subscriptions",
            description = "Administrators")
    List<PlatformView> list(@AuthenticationPrincipal CurrentUser admin) {
        return settings.platforms(admin);
    }

    @PostMapping
    @Operation(summary = "Offer a platform (kind EMAIL, WEBHOOK or DISCORD)", description = "Administrators")
    @ApiResponse(responseCode = "201", description = "Created; Location points at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    ResponseEntity<PlatformView> create(
            @RequestBody PlatformRequest request, @AuthenticationPrincipal CurrentUser admin) {
        PlatformView created = settings.createPlatform(request, admin);
        return ResponseEntity.created(URI.create("/api/v1/admin/notification-platforms/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Rename, enable or disable a platform",
            description = "Administrators. A disabled platform sends nothing; its queued deliveries fail")
    @ApiResponse(responseCode = "400", description = "validation-failed")
    @ApiResponse(responseCode = "404", description = "No such platform")
    PlatformView update(
            @PathVariable UUID id, @RequestBody PlatformUpdate request, @AuthenticationPrincipal CurrentUser admin) {
        return settings.updatePlatform(id, request, admin);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a platform",
            description = "Administrators. Its subscriptions and their queued deliveries go with it")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such platform")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin) {
        settings.deletePlatform(id, admin);
        return ResponseEntity.noContent().build();
    }
}
