package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.BoardPayloads.AnnouncementRequest;
import io.quizhall.hunt.BoardPayloads.AnnouncementView;
import io.quizhall.hunt.HuntAnnouncementService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** Announcements of a hunt and of its puzzles (docs/hunts.md, "Announcements"). */
@RestController
@RequestMapping("/api/v1/hunts/{id}")
@Tag(name = "Hunt announcements", description = "Announcements of a puzzle hunt, pushed live to its teams")
class HuntAnnouncementController {

    private final HuntAnnouncementService announcements;

    HuntAnnouncementController(HuntAnnouncementService announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/announcements")
    @Operation(
            summary = "The announcements I may see, newest first",
            description = "Members: the hunt's own and those of puzzles their team unlocked; organisers, and "
                    + "everyone once the hunt ended: all")
    @ApiResponse(responseCode = "404", description = "not-found: no such hunt, or not in a team of it")
    List<AnnouncementView> list(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return announcements.list(id, user);
    }

    @PostMapping("/manage/announcements")
    @Operation(
            summary = "Post an announcement (organisers)",
            description = "Pushed live (HuntUpdate ANNOUNCEMENT) to the teams that may see it and notified to "
                    + "their members")
    @ApiResponse(responseCode = "400", description = "validation-failed: `text` blank or too long, `puzzle` unknown")
    @ApiResponse(responseCode = "409", description = "conflict: the hunt is archived, or has too many announcements")
    ResponseEntity<AnnouncementView> post(
            @PathVariable UUID id,
            @RequestBody AnnouncementRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        AnnouncementView posted = announcements.post(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/hunts/" + id + "/announcements"))
                .body(posted);
    }

    @PutMapping("/manage/announcements/{announcement}")
    @Operation(summary = "Edit an announcement (organisers); it is marked edited")
    @ApiResponse(responseCode = "400", description = "validation-failed: `text` or `puzzle`")
    @ApiResponse(responseCode = "404", description = "not-found: no such announcement in this hunt")
    AnnouncementView edit(
            @PathVariable UUID id,
            @PathVariable long announcement,
            @RequestBody AnnouncementRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return announcements.edit(id, announcement, request, user);
    }

    @DeleteMapping("/manage/announcements/{announcement}")
    @Operation(summary = "Delete an announcement (organisers)")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @PathVariable long announcement, @AuthenticationPrincipal CurrentUser user) {
        announcements.delete(id, announcement, user);
        return ResponseEntity.noContent().build();
    }
}
