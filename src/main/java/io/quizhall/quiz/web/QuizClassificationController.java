package io.quizhall.quiz.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.quiz.QuizClassification;
import io.quizhall.quiz.QuizClassifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A quiz's special event and subject tags (docs/events.md, "Special events and subject tags"). */
@RestController
@Tag(name = "Quizzes")
class QuizClassificationController {

    private final QuizClassifications classifications;

    QuizClassificationController(QuizClassifications classifications) {
        this.classifications = classifications;
    }

    @GetMapping("/api/v1/quizzes/{id}/classification")
    @Operation(summary = "A quiz's special event and subject tags (its owner, or anyone for a public quiz)")
    @ApiResponse(responseCode = "404", description = "not-found")
    QuizClassification read(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return classifications.of(id, user);
    }

    @PutMapping("/api/v1/quizzes/{id}/classification")
    @Operation(
            summary = "Set a quiz's special event and subject tags (its owner)",
            description =
                    "`specialEventId` null for none; `tagIds` replaces the tags (at most quizhall.theme.max-tags)")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: unknown or inactive special event, unknown tag")
    @ApiResponse(responseCode = "404", description = "not-found: no quiz of the caller's")
    QuizClassification classify(
            @PathVariable UUID id,
            @RequestBody QuizClassification.Request request,
            @AuthenticationPrincipal CurrentUser user) {
        return classifications.classify(id, request, user);
    }
}
