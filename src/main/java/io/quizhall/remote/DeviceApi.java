package io.quizhall.remote;

import io.quizhall.remote.RemotePayloads.CollectRequest;
import io.quizhall.remote.RemotePayloads.DeviceJoined;
import io.quizhall.remote.RemotePayloads.JoinRequest;
import io.quizhall.remote.RemotePayloads.PingReply;
import io.quizhall.remote.RemotePayloads.PingRequest;
import io.quizhall.remote.RemotePayloads.SetupRequest;
import io.quizhall.remote.RemotePayloads.SetupStarted;
import io.quizhall.remote.RemotePayloads.SetupStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a controller device calls (docs/controllers.md, "Protocol"): no account and no cookies; after setup it
 * sends its secret in the {@value #SECRET_HEADER} header.
 */
@RestController
@RequestMapping("/api/v1/devices")
@Tag(
        name = "Controller devices",
        description = "For controller firmware: setup, ping, join a game (docs/controllers.md)")
class DeviceApi {

    static final String SECRET_HEADER = "X-Controller-Secret";

    private final RemoteControllers controllers;

    DeviceApi(RemoteControllers controllers) {
        this.controllers = controllers;
    }

    @PostMapping("/setup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a setup code to show; keep the setup token to collect the secret")
    @ApiResponse(responseCode = "429", description = "too many setup codes from this address")
    SetupStarted setup(@RequestBody(required = false) @Nullable SetupRequest request, HttpServletRequest http) {
        return controllers.startSetup(request == null ? null : request.firmwareVersion(), http.getRemoteAddr());
    }

    @PostMapping("/setup/collect")
    @Operation(summary = "Poll: 202 while no teacher entered the code, then 200 with the secret (once)")
    @ApiResponse(responseCode = "200", description = "ready: the secret, sent this once")
    @ApiResponse(responseCode = "202", description = "waiting: ask again after pollAfterSeconds")
    @ApiResponse(responseCode = "404", description = "setup_token_unknown: unknown or already collected")
    @ApiResponse(responseCode = "410", description = "setup_expired: ask for a new code")
    ResponseEntity<SetupStatus> collect(@RequestBody CollectRequest request) {
        SetupStatus status = controllers.collect(request.setupToken());
        return ResponseEntity.status(status.isReady() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(status);
    }

    @PostMapping("/ping")
    @Operation(summary = "I am here, running this firmware: answers the names and the firmware the teacher wants")
    @ApiResponse(responseCode = "401", description = "controller_unknown: no or an unknown secret")
    @ApiResponse(responseCode = "403", description = "controller_revoked")
    @ApiResponse(responseCode = "429", description = "too many requests from this controller or address")
    PingReply ping(
            @Parameter(description = "The controller's secret")
                    @RequestHeader(name = SECRET_HEADER, required = false)
                    @Nullable
                    String secret,
            @RequestBody(required = false) @Nullable PingRequest request,
            HttpServletRequest http) {
        return controllers.ping(secret, request == null ? null : request.firmwareVersion(), http.getRemoteAddr());
    }

    @PostMapping("/join")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Join the game with this PIN as a player under the controller's player name")
    @ApiResponse(responseCode = "401", description = "controller_unknown")
    @ApiResponse(responseCode = "403", description = "controller_revoked, or the host removed it (kicked)")
    @ApiResponse(responseCode = "404", description = "game_not_found")
    @ApiResponse(responseCode = "409", description = "lobby_locked, game_full, nickname_taken (by someone else)")
    DeviceJoined join(
            @Parameter(description = "The controller's secret")
                    @RequestHeader(name = SECRET_HEADER, required = false)
                    @Nullable
                    String secret,
            @RequestBody JoinRequest request,
            HttpServletRequest http) {
        return controllers.join(secret, request.pin(), http.getRemoteAddr());
    }
}
