package io.quizhall.hunt.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.hunt.HuntPayloads.JoinRequest;
import io.quizhall.hunt.HuntPayloads.PlaytesterRequest;
import io.quizhall.hunt.HuntPayloads.TeamRequest;
import io.quizhall.hunt.HuntPayloads.TeamView;
import io.quizhall.hunt.TeamService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Teams of a hunt: create, join by code, leave, remove a member; the organisers' list and playtester flag. */
@RestController
@RequestMapping("/api/v1/hunts/{id}")
@Tag(name = "Hunt teams", description = "Teams of a puzzle hunt: join codes, members, playtesters")
class HuntTeamController {

    private final TeamService teams;

    HuntTeamController(TeamService teams) {
        this.teams = teams;
    }

    @PostMapping("/teams")
    @Operation(summary = "Create a team and join it; its join code is in the answer")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "409",
            description = "conflict: the name is taken (in `errors`); already-in-team; the hunt has ended")
    ResponseEntity<TeamView> create(
            @PathVariable UUID id, @RequestBody TeamRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(teams.create(id, request, user));
    }

    @PostMapping("/teams/join")
    @Operation(summary = "Join a team by its 8-character code")
    @ApiResponse(responseCode = "404", description = "not-found: no team of this hunt has the code")
    @ApiResponse(responseCode = "409", description = "team-full, already-in-team, or the hunt has ended")
    @ApiResponse(responseCode = "429", description = "too-many-requests: join attempts")
    TeamView join(@PathVariable UUID id, @RequestBody JoinRequest request, @AuthenticationPrincipal CurrentUser user) {
        return teams.join(id, request, user);
    }

    @GetMapping("/team")
    @Operation(summary = "My team: code, members, points, hints earned")
    @ApiResponse(responseCode = "404", description = "not-found: not in a team of this hunt")
    TeamView mine(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return teams.mine(id, user);
    }

    @DeleteMapping("/team/members/me")
    @Operation(summary = "Leave my team")
    ResponseEntity<Void> leave(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        teams.leave(id, user);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/teams/{teamId}/members/{userId}")
    @Operation(summary = "Remove a member: a teammate, or an organiser for any team")
    @ApiResponse(responseCode = "404", description = "not-found: not a team of the caller's, or not a member")
    ResponseEntity<Void> kick(
            @PathVariable UUID id,
            @PathVariable UUID teamId,
            @PathVariable UUID userId,
            @AuthenticationPrincipal CurrentUser user) {
        teams.kick(id, teamId, userId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/teams")
    @Operation(summary = "Every team with its code and members (organisers)")
    List<TeamView> all(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return teams.all(id, user);
    }

    @PutMapping("/teams/{teamId}/playtester")
    @Operation(summary = "Make a team a playtester team, which also plays in the playtest window (organisers)")
    TeamView playtester(
            @PathVariable UUID id,
            @PathVariable UUID teamId,
            @RequestBody PlaytesterRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return teams.playtester(id, teamId, Boolean.TRUE.equals(request.playtester()), user);
    }
}
