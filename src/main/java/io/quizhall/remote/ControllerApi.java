package io.quizhall.remote;

import io.quizhall.account.CurrentUser;
import io.quizhall.remote.RemotePayloads.AddRequest;
import io.quizhall.remote.RemotePayloads.ControllerDetails;
import io.quizhall.remote.RemotePayloads.UpdateRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The teacher's controllers (docs/controllers.md, "The teacher's API"): only their own, by id. */
@RestController
@RequestMapping("/api/v1/controllers")
@Tag(name = "Controllers", description = "Remote button controllers: add by setup code, list, rename, revoke")
class ControllerApi {

    private final RemoteControllers controllers;

    ControllerApi(RemoteControllers controllers) {
        this.controllers = controllers;
    }

    @GetMapping
    @Operation(summary = "My controllers, oldest first, with online/offline/revoked by their last ping")
    List<ControllerDetails> list(@AuthenticationPrincipal CurrentUser user) {
        return controllers.list(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add the controller that shows this setup code; it collects its secret on its next poll")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "validation-failed: setupCode, name or playerName")
    @ApiResponse(responseCode = "404", description = "setup_code_unknown: no device waits with this code (or expired)")
    @ApiResponse(responseCode = "409", description = "too_many_controllers")
    @ApiResponse(responseCode = "429", description = "too many codes entered in a minute")
    ControllerDetails add(@AuthenticationPrincipal CurrentUser user, @RequestBody AddRequest request) {
        return controllers.add(user, request);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename, change the player name, or set the wanted firmware version (empty: none)")
    @ApiResponse(responseCode = "404", description = "No such controller of mine")
    @ApiResponse(responseCode = "409", description = "controller_revoked: a revoked controller cannot change")
    ControllerDetails update(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody UpdateRequest request) {
        return controllers.update(user, id, request);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke for good: its secret stops working at once (a second revoke changes nothing)")
    @ApiResponse(responseCode = "404", description = "No such controller of mine")
    ControllerDetails revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return controllers.revoke(user, id);
    }
}
