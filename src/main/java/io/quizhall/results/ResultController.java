package io.quizhall.results;

import io.quizhall.account.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finished games and their reports (docs/results.md). Only a game's host, and administrators for reading, see
 * it; for everyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "results", description = "Finished games: list, reports, grading, rename, note, delete")
class ResultController {

    private final GameResultService results;

    ResultController(GameResultService results) {
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Games I hosted, newest first, optionally filtered by quiz, time and title")
    ResultPage mine(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(description = "Only games of this quiz") @RequestParam(required = false) @Nullable UUID quizId,
            @Parameter(description = "Only games that ended at or after this instant (ISO-8601)")
                    @RequestParam(required = false)
                    @Nullable
                    Instant from,
            @Parameter(description = "Only games that ended before this instant (ISO-8601)")
                    @RequestParam(required = false)
                    @Nullable
                    Instant to,
            @Parameter(description = "Only games whose title contains this text (case-insensitive)")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @AuthenticationPrincipal CurrentUser user) {
        return results.listMine(user, new ResultFilter(quizId, from, to, q), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One finished game with every answer and score (the game id)")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    ResultDetails get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return results.get(id, user);
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "Standings, per-question statistics and the hardest questions of one game")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    ResultReport report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return results.report(id, user);
    }

    @GetMapping("/{id}/players/{playerId}")
    @Operation(summary = "One player's answers: each question, right or wrong, time and points")
    @ApiResponse(responseCode = "404", description = "No such game or player, or not a game I hosted")
    PlayerReport player(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID playerId) {
        return results.player(id, playerId, user);
    }

    @GetMapping("/{id}/grading")
    @Operation(summary = "Who got which question right, without points (for grading)")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    GradingView grading(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return results.grading(id, user);
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(
            summary = "The game as an xlsx workbook",
            description = "Sheets: Summary, Players, Questions, and one per question (Q1, Q2, ...); docs/results.md")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    void xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        download(results.export(id, ResultExport.Format.XLSX, user), response);
    }

    @GetMapping("/{id}/players.csv")
    @Operation(summary = "The game's standings as CSV (UTF-8 with a byte order mark)")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    void playersCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        download(results.export(id, ResultExport.Format.PLAYERS_CSV, user), response);
    }

    @GetMapping("/{id}/answers.csv")
    @Operation(summary = "Every answer of the game as CSV (UTF-8 with a byte order mark)")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    void answersCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        download(results.export(id, ResultExport.Format.ANSWERS_CSV, user), response);
    }

    /**
     * Streams the file on the request's own thread: written row by row into the response, never held whole in
     * memory, and without an asynchronous dispatch (which would need its own authorisation).
     */
    private static void download(ResultExport export, HttpServletResponse response) throws IOException {
        var disposition =
                ContentDisposition.attachment().filename(export.filename()).build();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        response.setContentType(export.mediaType());
        export.body().writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a game I hosted or change its note")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` names title or note")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    ResultSummary change(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ResultChange change) {
        return results.change(id, change, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a game I hosted, with all its answers, for good")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such game, or not one I hosted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        results.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
