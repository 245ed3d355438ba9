package io.quizhall.theme.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.theme.ThemePayloads.SpecialEventRequest;
import io.quizhall.theme.ThemePayloads.SpecialEventView;
import io.quizhall.theme.ThemePayloads.SubjectTagRequest;
import io.quizhall.theme.ThemePayloads.SubjectTagView;
import io.quizhall.theme.ThemeService;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Special events and subject tags (docs/events.md): everyone reads the lists; administrators keep them (the
 * security configuration admits only administrators to {@code /api/v1/admin/**}; the service checks again).
 */
@RestController
@Tag(name = "Special events and subject tags", description = "Themed events and the subject tags list")
class ThemeController {

    private final ThemeService themes;

    ThemeController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping("/api/v1/special-events")
    @Operation(summary = "Every special event, active ones first", description = "Open to everyone")
    List<SpecialEventView> specialEvents() {
        return themes.specialEvents();
    }

    @GetMapping("/api/v1/special-events/{id}")
    @Operation(summary = "One special event", description = "Open to everyone")
    @ApiResponse(responseCode = "404", description = "not-found")
    SpecialEventView specialEvent(@PathVariable UUID id) {
        return themes.specialEvent(id);
    }

    @PostMapping("/api/v1/admin/special-events")
    @Operation(summary = "Define a special event (administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: name blank, too long or taken; emoji too long; colour not #rrggbb")
    ResponseEntity<SpecialEventView> createSpecialEvent(
            @RequestBody SpecialEventRequest request, @AuthenticationPrincipal CurrentUser user) {
        SpecialEventView created = themes.createSpecialEvent(request, user);
        return ResponseEntity.created(URI.create("/api/v1/special-events/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/admin/special-events/{id}")
    @Operation(summary = "Change a special event (administrators); `active: false` ends it for new choices")
    @ApiResponse(responseCode = "400", description = "validation-failed")
    @ApiResponse(responseCode = "404", description = "not-found")
    SpecialEventView updateSpecialEvent(
            @PathVariable UUID id,
            @RequestBody SpecialEventRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return themes.updateSpecialEvent(id, request, user);
    }

    @DeleteMapping("/api/v1/admin/special-events/{id}")
    @Operation(summary = "Remove a special event (administrators); its events and quizzes stay, without it")
    @ApiResponse(responseCode = "404", description = "not-found")
    ResponseEntity<Void> deleteSpecialEvent(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        themes.deleteSpecialEvent(id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/subject-tags")
    @Operation(summary = "The subject tags, by name", description = "Open to everyone")
    List<SubjectTagView> tags() {
        return themes.tags();
    }

    @PostMapping("/api/v1/admin/subject-tags")
    @Operation(summary = "Add a subject tag (administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "validation-failed: name blank, too long or taken")
    ResponseEntity<SubjectTagView> createTag(
            @RequestBody SubjectTagRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(themes.createTag(request, user));
    }

    @PutMapping("/api/v1/admin/subject-tags/{id}")
    @Operation(summary = "Rename a subject tag (administrators)")
    @ApiResponse(responseCode = "400", description = "validation-failed")
    @ApiResponse(responseCode = "404", description = "not-found")
    SubjectTagView renameTag(
            @PathVariable UUID id, @RequestBody SubjectTagRequest request, @AuthenticationPrincipal CurrentUser user) {
        return themes.renameTag(id, request, user);
    }

    @DeleteMapping("/api/v1/admin/subject-tags/{id}")
    @Operation(summary = "Remove a subject tag (administrators), also from every event and quiz that had it")
    @ApiResponse(responseCode = "404", description = "not-found")
    ResponseEntity<Void> deleteTag(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        themes.deleteTag(id, user);
        return ResponseEntity.noContent().build();
    }
}
