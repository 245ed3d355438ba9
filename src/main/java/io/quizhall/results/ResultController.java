package io.quizhall.results;

import io.quizhall.account.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "results", description = "Finished games")
class ResultController {

    private final GameResultService results;

    ResultController(GameResultService results) {
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Games I hosted, newest first")
    List<ResultSummary> mine(@AuthenticationPrincipal CurrentUser user) {
        return results.listMine(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One finished game with every answer and score (the game id)")
    ResultDetails get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return results.get(id, user);
    }
}
