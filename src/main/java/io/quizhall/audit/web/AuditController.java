package io.quizhall.audit.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Audit trail", description = "Administrators: the append-only log of actions")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(
            summary = "Page and filter the audit trail, newest first",
            description = "`action` matches a prefix (`event.` for every event action); `before`: the `next` cursor "
                    + "of the previous page; `from`/`to`: ISO-8601 instants (`to` exclusive)")
    @ApiResponse(responseCode = "403", description = "forbidden: not an administrator")
    AuditTrail.AuditPage read(
            @RequestParam(required = false) @Nullable UUID actorId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String objectType,
            @RequestParam(required = false) @Nullable String objectId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return trail.read(
                user, new AuditTrail.AuditQuery(actorId, action, objectType, objectId, from, to, before, size));
    }
}
