package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.community.CommunityPayloads.ActionPage;
import io.quizhall.community.CommunityPayloads.HideRequest;
import io.quizhall.community.CommunityPayloads.ModRatingRequest;
import io.quizhall.community.CommunityPayloads.ModeratedQuiz;
import io.quizhall.community.CommunityPayloads.ReportPage;
import io.quizhall.community.CommunityPayloads.ReportView;
import io.quizhall.community.CommunityPayloads.ResolveRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderators and administrators only (everyone else: 403): the report queue, hiding, ratings, the action log. */
@RestController
@RequestMapping("/api/v1/moderation")
@Tag(name = "Moderation", description = "Moderators: reports, hiding quizzes, moderator ratings, the action log")
class ModerationController {

    private final ModerationService moderation;

    ModerationController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/reports")
    @Operation(summary = "Reports, oldest first", description = "status: open (the queue, default), resolved or all")
    ReportPage reports(
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return moderation.reports(status, page, size, user);
    }

    @PostMapping("/reports/{id}/resolve")
    @Operation(summary = "Resolve a report", description = "Resolving a resolved report changes nothing")
    ReportView resolve(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable ResolveRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return moderation.resolve(id, request == null ? null : request.resolution(), user);
    }

    @PostMapping("/quizzes/{id}/hide")
    @Operation(
            summary = "Hide a quiz",
            description = "Out of the listing and search, readable only by its owner (who sees the reason) and"
                    + " moderators")
    ModeratedQuiz hide(
            @PathVariable UUID id, @Valid @RequestBody HideRequest request, @AuthenticationPrincipal CurrentUser user) {
        return moderation.hide(id, request.reason(), user);
    }

    @PostMapping("/quizzes/{id}/unhide")
    @Operation(summary = "Show a hidden quiz again")
    ModeratedQuiz unhide(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return moderation.unhide(id, user);
    }

    @PutMapping("/quizzes/{id}/mod-rating")
    @Operation(summary = "Give a quiz a moderator's rating (1..5), or remove it with null")
    ModeratedQuiz modRating(
            @PathVariable UUID id,
            @Valid @RequestBody ModRatingRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return moderation.rate(id, request.rating(), user);
    }

    @GetMapping("/actions")
    @Operation(summary = "What moderators and administrators did, newest first; optionally of one quiz or user")
    ActionPage actions(
            @RequestParam(required = false) @Nullable UUID quizId,
            @RequestParam(required = false) @Nullable UUID userId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return moderation.actions(quizId, userId, page, size, user);
    }
}
