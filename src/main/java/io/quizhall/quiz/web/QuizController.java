package io.quizhall.quiz.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.quiz.QuizArchive;
import io.quizhall.quiz.QuizDetails;
import io.quizhall.quiz.QuizExport;
import io.quizhall.quiz.QuizPage;
import io.quizhall.quiz.QuizRequest;
import io.quizhall.quiz.QuizService;
import io.quizhall.quiz.Viewer;
import io.quizhall.shared.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** Quizzes over REST (docs/quiz-format.md). Every response with one quiz carries its version as the ETag. */
@RestController
@RequestMapping("/api/v1/quizzes")
@Tag(name = "Quizzes", description = "Create, edit, publish, copy, export and import quizzes")
class QuizController {

    private final QuizService quizzes;

    QuizController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @PostMapping
    @Operation(summary = "Create a quiz")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers point at it")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    @ApiResponse(
            responseCode = "413",
            description = "payload-too-large: the body exceeds quizhall.quiz.max-request-size")
    ResponseEntity<QuizDetails> create(@RequestBody QuizRequest request, @AuthenticationPrincipal CurrentUser user) {
        return created(quizzes.create(request, user));
    }

    @GetMapping
    @Operation(summary = "List my quizzes", description = "Sorted by updated (default, newest first), created or title")
    ResponseEntity<QuizPage> listMine(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(description = "updated, created or title, optionally with ,asc or ,desc")
                    @RequestParam(defaultValue = "updated,desc")
                    String sort,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok(quizzes.listMine(user, page, size, sort));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Read a quiz",
            description = "Its owner always; anyone (also anonymous) while it is public. Otherwise 404.")
    @ApiResponse(responseCode = "200", description = "The quiz; ETag is its version")
    @ApiResponse(responseCode = "404", description = "No such quiz, or it is someone else's private quiz")
    ResponseEntity<QuizDetails> read(
            @PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request) {
        Viewer viewer = Viewer.of(user, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return withVersion(ResponseEntity.ok(), quizzes.read(id, viewer));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a quiz",
            description = "Send the version you edited as If-Match (the ETag you got) or as `version` in the body")
    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is the new version")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` lists every invalid field")
    @ApiResponse(responseCode = "404", description = "No such quiz of yours")
    @ApiResponse(responseCode = "409", description = "conflict: `version` in the body is not the current one")
    @ApiResponse(responseCode = "412", description = "precondition-failed: If-Match is not the current version")
    @ApiResponse(responseCode = "428", description = "precondition-required: neither If-Match nor `version` sent")
    ResponseEntity<QuizDetails> update(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody QuizRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), quizzes.update(id, request, ifMatch, user));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a quiz", description = "With If-Match, only if it is still that version")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such quiz of yours")
    @ApiResponse(responseCode = "412", description = "precondition-failed: If-Match is not the current version")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @AuthenticationPrincipal CurrentUser user) {
        quizzes.delete(id, ifMatch, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Make a quiz public", description = "Anyone may then read, export and copy it")
    ResponseEntity<QuizDetails> publish(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), quizzes.publish(id, user));
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "Make a quiz private again")
    ResponseEntity<QuizDetails> unpublish(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), quizzes.unpublish(id, user));
    }

    @PostMapping("/{id}/solutions/show")
    @Operation(
            summary = "Show the right answers on the public quiz page",
            description = "The community's quiz page shows questions without solutions unless the author allows it")
    ResponseEntity<QuizDetails> showSolutions(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), quizzes.showSolutions(id, true, user));
    }

    @PostMapping("/{id}/solutions/hide")
    @Operation(summary = "Hide the right answers on the public quiz page again (the default)")
    ResponseEntity<QuizDetails> hideSolutions(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ResponseEntity.ok(), quizzes.showSolutions(id, false, user));
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copy a public quiz (or one of mine) into a new private quiz of mine")
    @ApiResponse(responseCode = "201", description = "The copy")
    @ApiResponse(responseCode = "404", description = "No such quiz, or someone else's private quiz")
    ResponseEntity<QuizDetails> copy(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return created(quizzes.copy(id, user));
    }

    @GetMapping("/{id}/export")
    @Operation(
            summary = "Export a quiz",
            description = "As a `quizhall-quiz` version 1 document (docs/quiz-format.md); same access as reading")
    ResponseEntity<QuizExport> export(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        var disposition =
                ContentDisposition.attachment().filename("quiz-" + id + ".json").build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(quizzes.export(id, user));
    }

    @GetMapping(value = "/{id}/export", params = "format=zip")
    @Operation(
            summary = "Export a quiz with its pictures",
            description = "A zip with quiz.json (a quizhall-quiz document whose pictures are archive paths) and the"
                    + " pictures (docs/quiz-format.md, \"Quiz archive\"); same access as reading. Import it with"
                    + " POST /api/v1/quiz-imports on any installation.")
    void exportArchive(
            @PathVariable UUID id,
            @AuthenticationPrincipal @Nullable CurrentUser user,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        QuizArchive archive = quizzes.exportArchive(id, user);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(archive.filename())
                        .build()
                        .toString());
        response.setContentType(QuizArchive.MEDIA_TYPE);
        archive.body().writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    @PostMapping("/import")
    @Operation(summary = "Import an exported quiz as a new private quiz of mine", description = "Validated like create")
    @ApiResponse(responseCode = "201", description = "The imported quiz")
    @ApiResponse(
            responseCode = "400",
            description =
                    "validation-failed: unknown format or version, or invalid quiz fields (paths start with quiz.)")
    ResponseEntity<QuizDetails> importQuiz(
            @RequestBody QuizExport document, @AuthenticationPrincipal CurrentUser user) {
        return created(quizzes.importQuiz(document, user));
    }

    private static ResponseEntity<QuizDetails> created(QuizDetails quiz) {
        return withVersion(ResponseEntity.created(URI.create("/api/v1/quizzes/" + quiz.id())), quiz);
    }

    private static ResponseEntity<QuizDetails> withVersion(ResponseEntity.BodyBuilder response, QuizDetails quiz) {
        return response.eTag(EntityTags.of(quiz.version())).body(quiz);
    }
}
