package io.quizhall.game.web;

import io.quizhall.account.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** REST for the host's screen (docs/live-protocol.md, section 3): the lobby's QR code and results after a reload. */
@RestController
@RequestMapping("/api/v1/games")
@Tag(name = "games", description = "Live games: create, look up by PIN, join (docs/live-protocol.md)")
class HostScreenController {

    private final HostScreen hostScreen;

    HostScreenController(HostScreen hostScreen) {
        this.hostScreen = hostScreen;
    }

    @GetMapping("/{id}/qr")
    @Operation(
            summary = "A QR code of the game's join URL (PNG), for the host's lobby",
            description = "Encodes {scheme}://{host}/play?pin={pin} with the scheme, host and port this request was"
                    + " made to (behind a proxy: server.forward-headers-strategy), so it matches the address the"
                    + " host's screen shows. Only the game's host; anyone else gets 404 game_not_found.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.IMAGE_PNG_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "game_not_found: no such game, or someone else's")
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser host, @PathVariable UUID id) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(hostScreen.joinQrCode(id, host, base));
    }

    @GetMapping("/{id}/questions/{index}/results")
    @Operation(
            summary = "A closed question with its solution and tallies, for a host screen that was reloaded",
            description = "The question as shown (choices in display order) and its QuestionClosed, always with"
                    + " tallies. Only the game's host, while the game's keys exist (up to an hour after its end).")
    @ApiResponse(responseCode = "404", description = "game_not_found: no such game, or someone else's")
    @ApiResponse(responseCode = "409", description = "invalid_action: the question is open or not played yet")
    ClosedQuestion closedQuestion(
            @AuthenticationPrincipal CurrentUser host, @PathVariable UUID id, @PathVariable int index) {
        return hostScreen.closedQuestion(id, host, index);
    }
}
