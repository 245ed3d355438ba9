package io.quizhall.account;

import io.quizhall.account.AccountPayloads.ApiKeyDetails;
import io.quizhall.account.AccountPayloads.CreateApiKeyRequest;
import io.quizhall.account.AccountPayloads.CreatedApiKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "api-keys", description = "Keys for programmatic access (Authorization: Bearer <key>)")
class ApiKeyController {

    private final ApiKeyService apiKeys;

    ApiKeyController(ApiKeyService apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a key; the key is in this response only (needs a recent re-authentication)")
    @ApiResponse(responseCode = "403", description = "reauthentication-required")
    CreatedApiKey create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody CreateApiKeyRequest request,
            HttpServletRequest http) {
        return apiKeys.create(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null), request.name());
    }

    @GetMapping
    @Operation(summary = "My keys (name, prefix, dates; never the key)")
    List<ApiKeyDetails> list(@AuthenticationPrincipal CurrentUser user) {
        return apiKeys.list(user.id());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my keys")
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        apiKeys.delete(user.id(), id);
    }
}
