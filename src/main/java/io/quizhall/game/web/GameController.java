package io.quizhall.game.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.game.core.GameLobby;
import io.quizhall.game.core.GamePayloads.CreateGameRequest;
import io.quizhall.game.core.GamePayloads.GameCreated;
import io.quizhall.game.core.GamePayloads.GameInfo;
import io.quizhall.game.core.GamePayloads.HostView;
import io.quizhall.game.core.GamePayloads.JoinRequest;
import io.quizhall.game.core.GamePayloads.Joined;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/games")
@Tag(name = "games", description = "Live games: create, look up by PIN, join (docs/live-protocol.md)")
class GameController {

    private final GameLobby games;

    GameController(GameLobby games) {
        this.games = games;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Host a game of my quiz or a public quiz; returns the PIN")
    GameCreated create(@AuthenticationPrincipal CurrentUser host, @Valid @RequestBody CreateGameRequest request) {
        return games.create(host, request);
    }

    @GetMapping("/pin/{pin}")
    @Operation(summary = "What a player needs to know before joining (rate limited per address)")
    GameInfo info(@PathVariable String pin, HttpServletRequest http) {
        return games.info(pin, http.getRemoteAddr());
    }

    @PostMapping("/pin/{pin}/join")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Join with a nickname; the token authenticates the player's STOMP connection")
    Joined join(@PathVariable String pin, @Valid @RequestBody JoinRequest request, HttpServletRequest http) {
        return games.join(pin, request, http.getRemoteAddr());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The host's view of a game: state and players")
    HostView hostView(@AuthenticationPrincipal CurrentUser host, @PathVariable UUID id) {
        return games.hostView(id, host);
    }
}
