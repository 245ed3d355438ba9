package io.quizhall.activity.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.activity.ActivityDetails;
import io.quizhall.activity.ActivityExport;
import io.quizhall.activity.ActivityList;
import io.quizhall.activity.ActivityRequest;
import io.quizhall.activity.ActivityService;
import io.quizhall.activity.ShareDetails;
import io.quizhall.activity.ShareRequest;
import io.quizhall.shared.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Activities over REST for their owner (docs/activities.md): create, read, update (versions as ETags), delete,
 * export, import, and the share links. Every response with one activity carries its version as the ETag.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Self-paced activities: create, edit, export, import and share")
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @PostMapping
    @Operation(summary = "Create an activity")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers point at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    @ApiResponse(responseCode = "413", description = "payload-too-large: the body exceeds max-request-size")
    ResponseEntity<ActivityDetails> create(
            @RequestBody ActivityRequest request, @AuthenticationPrincipal CurrentUser user) {
        return created(activities.create(request, user));
    }

    @GetMapping
    @Operation(summary = "List my activities, most recently saved first")
    ResponseEntity<ActivityList> listMine(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok(activities.listMine(user, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one of my activities", description = "With the ABCD solutions; only its owner")
    @ApiResponse(responseCode = "200", description = "The activity; ETag is its version")
    @ApiResponse(responseCode = "404", description = "No such activity, or someone else's")
    ResponseEntity<ActivityDetails> read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), activities.read(id, user));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace an activity",
            description = "Send the version you edited as If-Match (the ETag you got) or as `version` in the body")
    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is the new version")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    @ApiResponse(responseCode = "404", description = "No such activity of yours")
    @ApiResponse(responseCode = "409", description = "conflict: `version` in the body is not the current one")
    @ApiResponse(responseCode = "412", description = "precondition-failed: If-Match is not the current version")
    @ApiResponse(responseCode = "428", description = "precondition-required: neither If-Match nor `version` sent")
    ResponseEntity<ActivityDetails> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ActivityRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), activities.update(id, request, ifMatch, user));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete an activity",
            description = "Its share links stop working at once. With If-Match, only if it is still that version")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such activity of yours")
    @ApiResponse(responseCode = "412", description = "precondition-failed: If-Match is not the current version")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @AuthenticationPrincipal CurrentUser user) {
        activities.delete(id, ifMatch, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/export")
    @Operation(
            summary = "Export an activity",
            description = "As a `quizhall-activity` version 1 document (docs/activities.md); only its owner")
    ResponseEntity<ActivityExport> export(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        var disposition = ContentDisposition.attachment()
                .filename("activity-" + id + ".json")
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(activities.export(id, user));
    }

    @PostMapping("/import")
    @Operation(summary = "Import an exported activity as a new one of mine", description = "Validated like create")
    @ApiResponse(responseCode = "201", description = "The imported activity")
    @ApiResponse(
            responseCode = "400",
            description =
                    "validation-failed: unknown format or version, or invalid fields (paths start with" + " activity.)")
    ResponseEntity<ActivityDetails> importActivity(
            @RequestBody ActivityExport document, @AuthenticationPrincipal CurrentUser user) {
        return created(activities.importActivity(document, user));
    }

    @PostMapping("/{id}/shares")
    @Operation(
            summary = "Create a share link",
            description = "Anyone with the link opens the activity without an account until `expiresAt` (if set)")
    @ApiResponse(responseCode = "201", description = "The share, with its token and learner path")
    @ApiResponse(responseCode = "400", description = "validation-failed: blank or long name, expiry not in the future")
    @ApiResponse(responseCode = "404", description = "No such activity of yours")
    @ApiResponse(responseCode = "409", description = "conflict: the activity has the most share links allowed")
    ResponseEntity<ShareDetails> share(
            @PathVariable UUID id, @RequestBody ShareRequest request, @AuthenticationPrincipal CurrentUser user) {
        ShareDetails share = activities.share(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/shares/" + share.id()))
                .body(share);
    }

    @GetMapping("/{id}/shares")
    @Operation(summary = "List an activity's share links, newest first (expired ones marked)")
    @ApiResponse(responseCode = "404", description = "No such activity of yours")
    List<ShareDetails> shares(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return activities.shares(id, user);
    }

    @DeleteMapping("/{id}/shares/{shareId}")
    @Operation(summary = "Revoke a share link", description = "The link answers 404 from now on")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such share of an activity of yours")
    ResponseEntity<Void> revoke(
            @PathVariable UUID id, @PathVariable UUID shareId, @AuthenticationPrincipal CurrentUser user) {
        activities.revoke(id, shareId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/shares/{shareId}/qr")
    @Operation(
            summary = "A QR code of a share link (PNG), for the share dialog",
            description = "Encodes {scheme}://{host}/learn/{token} with the scheme, host and port this request was"
                    + " made to (behind a proxy: server.forward-headers-strategy). Only the activity's owner.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.IMAGE_PNG_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such share of an activity of yours")
    ResponseEntity<byte[]> qr(
            @PathVariable UUID id, @PathVariable UUID shareId, @AuthenticationPrincipal CurrentUser user) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(activities.shareQrCode(id, shareId, user, base));
    }

    private static ResponseEntity<ActivityDetails> created(ActivityDetails activity) {
        return withVersion(ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())), activity);
    }

    private static ResponseEntity<ActivityDetails> withVersion(
            ResponseEntity.BodyBuilder response, ActivityDetails activity) {
        return response.eTag(EntityTags.of(activity.version())).body(activity);
    }
}
