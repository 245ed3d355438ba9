package io.quizhall.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "account")
class AvatarController {

    private final AvatarService avatars;

    AvatarController(AvatarService avatars) {
        this.avatars = avatars;
    }

    @GetMapping("/api/v1/users/{id}/avatar")
    @Operation(summary = "A user's avatar, or a generated picture if they have none")
    ResponseEntity<byte[]> avatar(@PathVariable UUID id) {
        var avatar = avatars.avatarOf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(avatar.bytes());
    }
}
