package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.GameLauncher;
import io.quizhall.ladder.LadderPayloads.AnswerRequest;
import io.quizhall.ladder.LadderPayloads.AnswerResult;
import io.quizhall.ladder.LadderPayloads.HistoryEntry;
import io.quizhall.ladder.LadderPayloads.HotSeatRequest;
import io.quizhall.ladder.LadderPayloads.LadderDetails;
import io.quizhall.ladder.LadderPayloads.Leaderboard;
import io.quizhall.ladder.LadderPayloads.NewLadder;
import io.quizhall.ladder.LadderPayloads.RunView;
import io.quizhall.ladder.LadderPayloads.StartRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The solo ladder over REST (docs/ladder.md): ladders, runs, answers, lifelines, leaderboards and history. */
@RestController
@Validated
@Tag(name = "Ladder", description = "Solo millionaire ladder: runs, lifelines, leaderboards")
class LadderController {

    private final LadderService service;
    private final LadderAdministration administration;
    private final Leaderboards leaderboards;
    private final HotSeatRounds hotSeats;

    LadderController(
            LadderService service,
            LadderAdministration administration,
            Leaderboards leaderboards,
            HotSeatRounds hotSeats) {
        this.service = service;
        this.administration = administration;
        this.leaderboards = leaderboards;
        this.hotSeats = hotSeats;
    }

    @GetMapping("/api/v1/ladders")
    @Operation(summary = "List the ladders, the default one first")
    List<LadderDetails> ladders() {
        return administration.ladders();
    }

    @GetMapping("/api/v1/ladders/{slug}")
    @Operation(summary = "Read one ladder")
    @ApiResponse(responseCode = "404", description = "not-found: no such ladder")
    LadderDetails ladder(@PathVariable String slug) {
        return administration.ladder(slug);
    }

    @PostMapping("/api/v1/ladders")
    @Operation(summary = "Add a ladder (administrators)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "403", description = "forbidden: not an administrator")
    @ApiResponse(responseCode = "409", description = "conflict: the slug is taken")
    ResponseEntity<LadderDetails> addLadder(
            @Valid @RequestBody NewLadder request, @AuthenticationPrincipal CurrentUser user) {
        LadderDetails created = administration.addLadder(request, user);
        return ResponseEntity.created(URI.create("/api/v1/ladders/" + created.slug()))
                .body(created);
    }

    @PostMapping("/api/v1/ladders/{slug}/hot-seat")
    @Operation(
            summary = "Host a hot-seat round of this ladder as a live game",
            description = "Creates a live game in the hotseat mode (docs/live-protocol.md, \"Hot seat\"): players join"
                    + " with its PIN, a fastest-finger question or the host chooses the contestant, who climbs the"
                    + " ladder while everyone else answers as the audience. The caller hosts it like any game.")
    @ApiResponse(responseCode = "201", description = "The game's id, PIN and join address")
    @ApiResponse(responseCode = "404", description = "not-found: no such ladder")
    @ApiResponse(
            responseCode = "409",
            description = "conflict: reason no-questions when the bank has too few four-option questions of a level's"
                    + " difficulty (two per level)")
    ResponseEntity<GameLauncher.Launched> hostHotSeat(
            @PathVariable String slug,
            @RequestBody(required = false) @Nullable HotSeatRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        GameLauncher.Launched game = hotSeats.start(slug, request == null || request.withFastestFinger(), user);
        return ResponseEntity.created(URI.create("/api/v1/games/" + game.gameId()))
                .body(game);
    }

    @GetMapping("/api/v1/ladders/{slug}/leaderboard")
    @Operation(
            summary = "A ladder's leaderboard",
            description = "Each player's best run: highest prize, then fewer lifelines, then shorter time. "
                    + "period=week counts runs finished since Monday 00:00 UTC.")
    Leaderboard leaderboard(@PathVariable String slug, @RequestParam(defaultValue = "all") String period) {
        return leaderboards.of(slug, period);
    }

    @PostMapping("/api/v1/ladder-runs")
    @Operation(summary = "Start a run", description = "On the named ladder, or the default one")
    @ApiResponse(responseCode = "201", description = "The run at level 1 with its first question and deadline")
    @ApiResponse(
            responseCode = "409",
            description = "conflict: reason run-active (with runCode) when a run on this ladder is still going; "
                    + "reason no-questions when the bank has none for a level")
    ResponseEntity<RunView> start(
            @RequestBody(required = false) @Nullable StartRun request, @AuthenticationPrincipal CurrentUser user) {
        RunView run = service.start(request == null ? null : request.ladder(), user);
        return ResponseEntity.created(URI.create("/api/v1/ladder-runs/" + run.code()))
                .body(run);
    }

    @GetMapping("/api/v1/ladder-runs")
    @Operation(summary = "My runs, newest first (personal history)")
    List<HistoryEntry> history(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return service.history(user, page, size);
    }

    @GetMapping("/api/v1/ladder-runs/{code}")
    @Operation(
            summary = "Resume a run by its code",
            description = "From any device of the same player: the open question with the time that is left")
    @ApiResponse(responseCode = "404", description = "not-found: no run of yours with this code")
    RunView run(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        return service.get(code, user);
    }

    @PostMapping("/api/v1/ladder-runs/{code}/answers")
    @Operation(
            summary = "Answer the open level by option id",
            description = "Idempotent: sending an answer to a decided level returns that decision unchanged")
    @ApiResponse(responseCode = "200", description = "The result with the right option, and the run after it")
    @ApiResponse(responseCode = "400", description = "validation-failed: optionId is not an option of the question")
    @ApiResponse(responseCode = "409", description = "conflict: reason level-not-open or run-finished")
    AnswerResult answer(
            @PathVariable String code,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return service.answer(code, request, user);
    }

    @PostMapping("/api/v1/ladder-runs/{code}/walk-away")
    @Operation(summary = "Stop and keep the prize of the last level answered right")
    @ApiResponse(responseCode = "409", description = "conflict: reason run-finished")
    RunView walkAway(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        return service.walkAway(code, user);
    }

    @PostMapping("/api/v1/ladder-runs/{code}/lifelines/{lifeline}")
    @Operation(
            summary = "Use a lifeline on the open question",
            description = "fifty-fifty, audience, switch or phone; each once per run")
    @ApiResponse(responseCode = "404", description = "not-found: no such run or lifeline")
    @ApiResponse(
            responseCode = "409",
            description = "conflict: reason lifeline-used, lifeline-unavailable or run-finished")
    RunView lifeline(
            @PathVariable String code, @PathVariable String lifeline, @AuthenticationPrincipal CurrentUser user) {
        return service.lifeline(code, Lifeline.ofSlug(lifeline), user);
    }
}
