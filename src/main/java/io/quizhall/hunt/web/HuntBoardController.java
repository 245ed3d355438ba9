package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.BoardPayloads.Leaderboard;
import io.quizhall.hunt.BoardPayloads.RankingRequest;
import io.quizhall.hunt.BoardPayloads.RankingView;
import io.quizhall.hunt.HuntBoardService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A hunt's leaderboard and the organisers' ranking rules (docs/hunts.md, "Rankings"). */
@RestController
@RequestMapping("/api/v1/hunts/{id}")
@Tag(name = "Hunt rankings", description = "The leaderboard of a puzzle hunt and its ranking rules")
class HuntBoardController {

    private final HuntBoardService boards;

    HuntBoardController(HuntBoardService boards) {
        this.boards = boards;
    }

    @GetMapping("/leaderboard")
    @Operation(
            summary = "The hunt's leaderboard (everyone)",
            description = "Teams by the ranking rules with competition ranks; only the visible rules' values. "
                    + "Empty before the start. While the board is frozen players see it as of `frozenAt`; "
                    + "organisers see the live board with `frozenForPlayers`")
    @ApiResponse(responseCode = "404", description = "not-found: no such hunt")
    Leaderboard leaderboard(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return boards.leaderboard(id, user);
    }

    @GetMapping("/manage/ranking")
    @Operation(summary = "The hunt's ranking rules (organisers); the default ones with `saved` false")
    RankingView ranking(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return boards.ranking(id, user);
    }

    @PutMapping("/manage/ranking")
    @Operation(summary = "Replace the hunt's ranking rules (organisers)")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: `rules` empty, `rules[i].criterion` unknown or twice, `freezeMinutes` "
                    + "out of 1-10080, `splitByRegistration` without a registration field")
    @ApiResponse(responseCode = "409", description = "conflict: the hunt is archived")
    @ApiResponse(responseCode = "412", description = "precondition-failed: `version` is no longer current")
    RankingView saveRanking(
            @PathVariable UUID id, @RequestBody RankingRequest request, @AuthenticationPrincipal CurrentUser user) {
        return boards.saveRanking(id, request, user);
    }
}
