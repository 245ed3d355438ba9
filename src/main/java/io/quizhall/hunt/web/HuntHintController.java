package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HintPayloads.CannedHintsRequest;
import io.quizhall.hunt.HintPayloads.CannedHintsView;
import io.quizhall.hunt.HintPayloads.HintPage;
import io.quizhall.hunt.HintPayloads.HintQuestion;
import io.quizhall.hunt.HintPayloads.HintResponseRequest;
import io.quizhall.hunt.HintPayloads.HintSettingsRequest;
import io.quizhall.hunt.HintPayloads.HintSettingsView;
import io.quizhall.hunt.HintPayloads.RevealedHint;
import io.quizhall.hunt.HintPayloads.StaffHintRequest;
import io.quizhall.hunt.HintPayloads.TeamHintRequest;
import io.quizhall.hunt.HuntHints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hints of a hunt: settings and canned hints (organisers), hints for teams, the staff queue (docs/hunts.md). */
@RestController
@RequestMapping("/api/v1/hunts/{id}")
@Tag(name = "Hunt hints", description = "Hint pools, canned hints, hint requests and the staff queue of a hunt")
class HuntHintController {

    private final HuntHints hints;

    HuntHintController(HuntHints hints) {
        this.hints = hints;
    }

    @GetMapping("/manage/hints")
    @Operation(summary = "The hunt's hint settings (organisers)")
    HintSettingsView settings(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return hints.settings(id, user);
    }

    @PutMapping("/manage/hints")
    @Operation(summary = "Change the hunt's hint settings (organisers)")
    @ApiResponse(responseCode = "400", description = "validation-failed: an unknown choice or lockout out of range")
    @ApiResponse(responseCode = "409", description = "conflict: the hunt is archived")
    HintSettingsView saveSettings(
            @PathVariable UUID id,
            @RequestBody HintSettingsRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.saveSettings(id, request, user);
    }

    @GetMapping("/manage/puzzles/{shortId}/hints")
    @Operation(summary = "A puzzle's canned hints in order (organisers)")
    CannedHintsView canned(
            @PathVariable UUID id, @PathVariable String shortId, @AuthenticationPrincipal CurrentUser user) {
        return hints.canned(id, shortId, user);
    }

    @PutMapping("/manage/puzzles/{shortId}/hints")
    @Operation(summary = "Replace a puzzle's canned hints (organisers)")
    @ApiResponse(responseCode = "400", description = "validation-failed: too many hints, a blank or too long one")
    @ApiResponse(responseCode = "409", description = "conflict: the hunt is archived")
    CannedHintsView saveCanned(
            @PathVariable UUID id,
            @PathVariable String shortId,
            @RequestBody CannedHintsRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.saveCanned(id, shortId, request, user);
    }

    @GetMapping("/puzzles/{shortId}/hints")
    @Operation(
            summary = "My team's hints for a puzzle",
            description = "Pools, the pool the next hint would spend, revealed canned hints, whether a hint may be "
                    + "taken now and why not, and the team's requests")
    @ApiResponse(responseCode = "404", description = "not-found: no such puzzle, not unlocked, or not in a team")
    HintPage page(@PathVariable UUID id, @PathVariable String shortId, @AuthenticationPrincipal CurrentUser user) {
        return hints.page(id, shortId, user);
    }

    @PostMapping("/puzzles/{shortId}/hints/canned")
    @Operation(summary = "Reveal the puzzle's next canned hint (spends one hint)")
    @ApiResponse(
            responseCode = "409",
            description = "no-hints-left, no-canned-hints-left, hints-locked (with `lockedUntil`), already-solved, "
                    + "hunt-not-open")
    RevealedHint reveal(
            @PathVariable UUID id, @PathVariable String shortId, @AuthenticationPrincipal CurrentUser user) {
        return hints.reveal(id, shortId, user);
    }

    @PostMapping("/puzzles/{shortId}/hints/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the staff for a hint (spends one hint at once; a refund gives it back)")
    @ApiResponse(responseCode = "400", description = "validation-failed: blank or too long `question`")
    @ApiResponse(
            responseCode = "409",
            description = "no-hints-left, canned-hints-only, canned-hints-first, hints-locked (with `lockedUntil`), "
                    + "already-solved, hunt-not-open")
    TeamHintRequest ask(
            @PathVariable UUID id,
            @PathVariable String shortId,
            @RequestBody HintQuestion request,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.ask(id, shortId, request.question(), user);
    }

    @GetMapping("/manage/hint-requests")
    @Operation(summary = "The staff queue of hint requests, oldest first (organisers); `status` filters")
    List<StaffHintRequest> queue(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.queue(id, status, user);
    }

    @PostMapping("/manage/hint-requests/{request}/claim")
    @Operation(summary = "Claim an unclaimed hint request (organisers)")
    @ApiResponse(responseCode = "409", description = "already-claimed; hint-request-closed")
    StaffHintRequest claim(
            @PathVariable UUID id, @PathVariable UUID request, @AuthenticationPrincipal CurrentUser user) {
        return hints.claim(id, request, user);
    }

    @PostMapping("/manage/hint-requests/{request}/release")
    @Operation(summary = "Give a claimed request back to the queue (its claimant)")
    @ApiResponse(responseCode = "409", description = "not-claimant; hint-request-closed")
    StaffHintRequest release(
            @PathVariable UUID id, @PathVariable UUID request, @AuthenticationPrincipal CurrentUser user) {
        return hints.release(id, request, user);
    }

    @PostMapping("/manage/hint-requests/{request}/respond")
    @Operation(summary = "Answer a claimed request (its claimant)")
    @ApiResponse(responseCode = "409", description = "not-claimant; hint-request-closed")
    StaffHintRequest respond(
            @PathVariable UUID id,
            @PathVariable UUID request,
            @RequestBody HintResponseRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.respond(id, request, body.response(), user);
    }

    @PutMapping("/manage/hint-requests/{request}/response")
    @Operation(summary = "Edit an answered request's response (organisers; previous versions are kept)")
    @ApiResponse(responseCode = "409", description = "hint-request-closed: not answered")
    StaffHintRequest editResponse(
            @PathVariable UUID id,
            @PathVariable UUID request,
            @RequestBody HintResponseRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return hints.editResponse(id, request, body.response(), user);
    }

    @PostMapping("/manage/hint-requests/{request}/refund")
    @Operation(summary = "Refund a request: its hint goes back to the pool it came from (organisers, once)")
    @ApiResponse(responseCode = "409", description = "hint-request-closed: refunded already")
    StaffHintRequest refund(
            @PathVariable UUID id, @PathVariable UUID request, @AuthenticationPrincipal CurrentUser user) {
        return hints.refund(id, request, user);
    }
}
