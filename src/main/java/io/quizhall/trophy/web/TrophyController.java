package io.quizhall.trophy.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.trophy.TrophyPayloads.AwardRequest;
import io.quizhall.trophy.TrophyPayloads.HeldTrophy;
import io.quizhall.trophy.TrophyPayloads.IconRequest;
import io.quizhall.trophy.TrophyPayloads.Leaderboard;
import io.quizhall.trophy.TrophyPayloads.TrophyRequest;
import io.quizhall.trophy.TrophyPayloads.TrophyView;
import io.quizhall.trophy.TrophyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Trophies (docs/trophies.md): everyone reads them and their leaderboards; administrators define and award. */
@RestController
@Tag(name = "Trophies", description = "Trophies, who holds them, leaderboards; administrators award by hand")
class TrophyController {

    private final TrophyService trophies;

    TrophyController(TrophyService trophies) {
        this.trophies = trophies;
    }

    @GetMapping("/api/v1/trophies")
    @Operation(summary = "Every trophy, with how many people hold it")
    List<TrophyView> all() {
        return trophies.all();
    }

    @GetMapping("/api/v1/trophies/mine")
    @Operation(summary = "The trophies I hold")
    List<HeldTrophy> mine(@AuthenticationPrincipal CurrentUser user) {
        return trophies.heldBy(user.id());
    }

    @GetMapping("/api/v1/trophies/{id}/leaderboard")
    @Operation(summary = "A trophy's top 10 holders: most first, then whoever got it earliest")
    @ApiResponse(responseCode = "404", description = "No such trophy")
    Leaderboard leaderboard(@PathVariable UUID id) {
        return trophies.leaderboard(id);
    }

    @GetMapping("/api/v1/users/{username}/trophies")
    @Operation(summary = "The trophies a person holds (for profiles)")
    List<HeldTrophy> heldBy(@PathVariable String username) {
        return trophies.heldBy(username);
    }

    @PostMapping("/api/v1/admin/trophies")
    @Operation(summary = "Define a trophy (administrators)")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: name missing, too long or taken; icon not a picture the caller uploaded")
    ResponseEntity<TrophyView> create(@RequestBody TrophyRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(trophies.create(request, user));
    }

    @PutMapping("/api/v1/admin/trophies/{id}/icon")
    @Operation(
            summary = "Set or remove a trophy's icon (administrators)",
            description =
                    "`icon`: the id of a picture the administrator uploaded (POST /api/v1/storage); null removes it")
    @ApiResponse(responseCode = "400", description = "validation-failed: not a picture the caller uploaded")
    @ApiResponse(responseCode = "404", description = "not-found: no such trophy")
    TrophyView icon(
            @PathVariable UUID id, @RequestBody IconRequest request, @AuthenticationPrincipal CurrentUser user) {
        return trophies.setIcon(id, request.icon(), user);
    }

    @PostMapping("/api/v1/admin/trophies/{id}/awards")
    @Operation(
            summary = "Award (+1) or take back (-1) a trophy by hand (administrators)",
            description = "-1 at quantity 1 removes the trophy; a unique trophy held already: 409")
    TrophyService.HeldOrNot award(
            @PathVariable UUID id, @RequestBody AwardRequest request, @AuthenticationPrincipal CurrentUser user) {
        return trophies.awardByHand(id, request.username(), request.delta(), user);
    }
}
