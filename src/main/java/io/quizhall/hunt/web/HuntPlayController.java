package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HuntPayloads.HuntUpdate;
import io.quizhall.hunt.HuntPayloads.PuzzleSummary;
import io.quizhall.hunt.HuntPayloads.PuzzleView;
import io.quizhall.hunt.HuntPayloads.SubmissionResult;
import io.quizhall.hunt.HuntPayloads.SubmitRequest;
import io.quizhall.hunt.HuntPlay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Playing a hunt: puzzles, answers, the team's feed; after the hunt, the public view and answer checks. */
@RestController
@RequestMapping("/api/v1/hunts/{id}")
@Tag(name = "Hunt play", description = "Puzzles, answers and the team feed of a puzzle hunt")
class HuntPlayController {

    private final HuntPlay play;

    HuntPlayController(HuntPlay play) {
        this.play = play;
    }

    @GetMapping("/puzzles")
    @Operation(
            summary = "The puzzles I may see",
            description = "My team's unlocked puzzles while it plays; every puzzle, with its answer, once the hunt "
                    + "ended (open to everyone then)")
    List<PuzzleSummary> puzzles(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return play.puzzles(id, user);
    }

    @GetMapping("/puzzles/{shortId}")
    @Operation(summary = "A puzzle's page with my team's submissions")
    @ApiResponse(responseCode = "404", description = "not-found: no such puzzle, or not unlocked for my team")
    PuzzleView puzzle(
            @PathVariable UUID id, @PathVariable String shortId, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return play.puzzle(id, shortId, user);
    }

    @PostMapping("/puzzles/{shortId}/submissions")
    @Operation(
            summary = "Answer a puzzle",
            description = "Auto-responses are tried first, then the answer. While the team plays it is recorded; "
                    + "after the hunt anyone may check an answer and nothing is recorded (`recorded: false`).")
    @ApiResponse(responseCode = "400", description = "validation-failed: blank or too long")
    @ApiResponse(responseCode = "409", description = "already-solved; hunt-not-open (the team does not play now)")
    @ApiResponse(responseCode = "429", description = "too-many-requests: the team's limit for this puzzle")
    SubmissionResult submit(
            @PathVariable UUID id,
            @PathVariable String shortId,
            @RequestBody SubmitRequest request,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            HttpServletRequest http) {
        return play.submit(id, shortId, request.answer(), user, http.getRemoteAddr());
    }

    @PostMapping("/prepuzzle/check")
    @Operation(summary = "Check an answer to the prepuzzle (open to everyone; nothing is recorded)")
    @ApiResponse(responseCode = "429", description = "too-many-requests")
    SubmissionResult checkPrepuzzle(
            @PathVariable UUID id, @RequestBody SubmitRequest request, HttpServletRequest http) {
        return play.checkPrepuzzle(id, request.answer(), http.getRemoteAddr());
    }

    @GetMapping("/team/feed")
    @Operation(summary = "My team's log (submissions, unlocks, solves), newest first; `before`: an entry id")
    List<HuntUpdate> feed(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @AuthenticationPrincipal CurrentUser user) {
        return play.teamFeed(id, before, limit, user);
    }
}
