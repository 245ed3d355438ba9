package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HuntPayloads.HuntDetails;
import io.quizhall.hunt.HuntPayloads.HuntRequest;
import io.quizhall.hunt.HuntPayloads.HuntSummary;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import io.quizhall.hunt.HuntPayloads.OrganisersRequest;
import io.quizhall.hunt.HuntPayloads.Page;
import io.quizhall.hunt.HuntPayloads.ProgressGrid;
import io.quizhall.hunt.HuntPayloads.PuzzleRequest;
import io.quizhall.hunt.HuntPayloads.PuzzleSettings;
import io.quizhall.hunt.HuntService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hunts and their puzzles from the organisers' side, and reading a hunt for everyone (docs/hunts.md). Listing and
 * reading are open to everyone; everything else needs a signed-in user, and changes an organiser.
 */
@RestController
@RequestMapping("/api/v1/hunts")
@Tag(name = "Hunts", description = "Puzzle hunts: hunts, puzzles, auto-responses, progress and feed for organisers")
class HuntController {

    private final HuntService hunts;

    HuntController(HuntService hunts) {
        this.hunts = hunts;
    }

    @GetMapping
    @Operation(summary = "Hunts that are not archived, latest start first", description = "Open to everyone")
    Page<HuntSummary> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return hunts.list(page, size);
    }

    @GetMapping("/organised")
    @Operation(summary = "Hunts I organise (as owner or staff), archived ones too")
    List<HuntSummary> organised(@AuthenticationPrincipal CurrentUser user) {
        return hunts.organisedBy(user);
    }

    @PostMapping
    @Operation(summary = "Create a hunt; the creator is its owner")
    @ApiResponse(responseCode = "201", description = "Created; Location points at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    ResponseEntity<HuntDetails> create(@RequestBody HuntRequest request, @AuthenticationPrincipal CurrentUser user) {
        HuntDetails created = hunts.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/hunts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One hunt",
            description = "Open to everyone; `myTeam` for a member, `settings` for organisers, `prepuzzle` while "
                    + "the hunt is not open")
    @ApiResponse(responseCode = "404", description = "not-found")
    HuntDetails read(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return hunts.read(id, user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a hunt (organisers)")
    @ApiResponse(responseCode = "400", description = "validation-failed")
    @ApiResponse(responseCode = "403", description = "forbidden: not an organiser")
    @ApiResponse(responseCode = "412", description = "precondition-failed: `version` is not the current one")
    HuntDetails update(
            @PathVariable UUID id, @RequestBody HuntRequest request, @AuthenticationPrincipal CurrentUser user) {
        return hunts.update(id, request, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a hunt with everything in it (owner only)")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        hunts.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive an ended hunt: read-only from now on (organisers)")
    @ApiResponse(responseCode = "409", description = "conflict: not ended yet, or archived already")
    HuntDetails archive(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return hunts.archive(id, user);
    }

    @PutMapping("/{id}/organisers")
    @Operation(summary = "Name the hunt's staff by username, replacing the list (owner only)")
    @ApiResponse(responseCode = "404", description = "not-found: no account with a username")
    HuntDetails organisers(
            @PathVariable UUID id, @RequestBody OrganisersRequest request, @AuthenticationPrincipal CurrentUser user) {
        return hunts.nameOrganisers(id, request.usernames(), user);
    }

    @GetMapping("/{id}/manage/puzzles")
    @Operation(summary = "Every puzzle with its answer and auto-responses (organisers)")
    List<PuzzleSettings> puzzles(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return hunts.puzzles(id, user);
    }

    @PostMapping("/{id}/manage/puzzles")
    @Operation(summary = "Add a puzzle (organisers)")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: `errors` lists every invalid field; an invalid pattern names its column")
    @ApiResponse(
            responseCode = "409",
            description = "conflict: the short id is taken, or the hunt has the most puzzles")
    ResponseEntity<PuzzleSettings> addPuzzle(
            @PathVariable UUID id, @RequestBody PuzzleRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(hunts.addPuzzle(id, request, user));
    }

    @PutMapping("/{id}/manage/puzzles/{shortId}")
    @Operation(summary = "Change a puzzle (organisers)")
    PuzzleSettings updatePuzzle(
            @PathVariable UUID id,
            @PathVariable String shortId,
            @RequestBody PuzzleRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return hunts.updatePuzzle(id, shortId, request, user);
    }

    @DeleteMapping("/{id}/manage/puzzles/{shortId}")
    @Operation(summary = "Delete a puzzle with its submissions, unlocks and solves (organisers)")
    ResponseEntity<Void> deletePuzzle(
            @PathVariable UUID id, @PathVariable String shortId, @AuthenticationPrincipal CurrentUser user) {
        hunts.deletePuzzle(id, shortId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/manage/progress")
    @Operation(summary = "The progress grid: team × puzzle, locked, unlocked or solved with times (organisers)")
    ProgressGrid progress(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return hunts.progress(id, user);
    }

    @GetMapping("/{id}/manage/feed")
    @Operation(summary = "The hunt's event log, newest first (organisers); `before`: an entry id, to page")
    List<HuntUpdate> feed(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @AuthenticationPrincipal CurrentUser user) {
        return hunts.feed(id, before, limit, user);
    }
}
