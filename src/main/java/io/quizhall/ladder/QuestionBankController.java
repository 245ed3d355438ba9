package io.quizhall.ladder;

import io.quizhall.account.CurrentUser;
import io.quizhall.ladder.LadderPayloads.Category;
import io.quizhall.ladder.LadderPayloads.ImportReport;
import io.quizhall.ladder.LadderPayloads.OpenTriviaDbDocument;
import io.quizhall.ladder.LadderPayloads.ProposeQuestion;
import io.quizhall.ladder.LadderPayloads.QuestionDetails;
import io.quizhall.ladder.LadderPayloads.Review;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The ladder's question bank over REST: categories, proposals and their review, OpenTriviaDB imports. */
@RestController
@Tag(name = "Ladder question bank", description = "Categories, proposed questions, moderation, imports")
class QuestionBankController {

    private final QuestionBankService service;

    QuestionBankController(QuestionBankService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/ladder-questions/categories")
    @Operation(summary = "The categories, with how many approved questions each has")
    List<Category> categories() {
        return service.categories();
    }

    @PostMapping("/api/v1/ladder-questions")
    @Operation(
            summary = "Propose a question",
            description = "It waits for a moderator's approval; a moderator's own proposal is approved at once")
    @ApiResponse(responseCode = "201", description = "Proposed")
    @ApiResponse(responseCode = "400", description = "validation-failed: `errors` names the field")
    @ApiResponse(responseCode = "409", description = "conflict: reason duplicate-question")
    @ApiResponse(responseCode = "429", description = "too-many-requests: the daily proposals are used up")
    ResponseEntity<QuestionDetails> propose(
            @Valid @RequestBody ProposeQuestion request, @AuthenticationPrincipal CurrentUser user) {
        QuestionDetails created = service.propose(request, user);
        return ResponseEntity.created(URI.create("/api/v1/ladder-questions/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/ladder-questions/pending")
    @Operation(summary = "Proposals waiting for review, oldest first (moderators)")
    @ApiResponse(responseCode = "403", description = "forbidden: not a moderator")
    List<QuestionDetails> pending(@AuthenticationPrincipal CurrentUser user) {
        return service.pending(user);
    }

    @GetMapping("/api/v1/ladder-questions/{id}")
    @Operation(summary = "One question with its right option and statistics (its author and moderators)")
    @ApiResponse(responseCode = "404", description = "not-found: no such question, or not yours to see")
    QuestionDetails read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return service.read(id, user);
    }

    @PostMapping("/api/v1/ladder-questions/{id}/review")
    @Operation(summary = "Approve or reject a proposal (moderators)")
    @ApiResponse(responseCode = "403", description = "forbidden: not a moderator")
    @ApiResponse(responseCode = "409", description = "conflict: reason already-reviewed")
    QuestionDetails review(
            @PathVariable UUID id, @Valid @RequestBody Review review, @AuthenticationPrincipal CurrentUser user) {
        return service.review(id, review, user);
    }

    @PostMapping("/api/v1/ladder-questions/imports/opentdb")
    @Operation(
            summary = "Import OpenTriviaDB JSON (administrators)",
            description = "The API's response document; HTML entities are decoded, questions "
                    + "the bank has are skipped, and invalid items are reported by index while the rest go in")
    @ApiResponse(responseCode = "200", description = "Counts and the errors by item")
    @ApiResponse(responseCode = "403", description = "forbidden: not an administrator")
    ImportReport importOpenTriviaDb(
            @RequestBody OpenTriviaDbDocument document, @AuthenticationPrincipal CurrentUser user) {
        return service.importOpenTriviaDb(document, user);
    }
}
