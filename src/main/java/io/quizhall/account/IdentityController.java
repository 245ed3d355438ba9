package io.quizhall.account;

import io.quizhall.account.AccountPayloads.IdentityDetails;
import io.quizhall.account.AccountPayloads.LinkStart;
import io.quizhall.account.AccountPayloads.ProviderDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "identities", description = "Sign-in with OAuth 2 / OpenID Connect providers and linked identities")
class IdentityController {

    private final OAuth2Login oauth2;
    private final IdentityService identities;

    IdentityController(OAuth2Login oauth2, IdentityService identities) {
        this.oauth2 = oauth2;
        this.identities = identities;
    }

    @GetMapping("/api/v1/auth/providers")
    @Operation(summary = "The configured identity providers, with where the browser goes to sign in with each")
    List<ProviderDetails> providers() {
        return oauth2.providers();
    }

    @GetMapping("/api/v1/account/identities")
    @Operation(summary = "My linked identities at providers")
    List<IdentityDetails> list(@AuthenticationPrincipal CurrentUser user) {
        return identities.list(user.id());
    }

    @PostMapping("/api/v1/account/identities/{provider}/link")
    @Operation(
            summary = "Start linking a provider to my account: then navigate the browser to the answer's redirect",
            description = "The provider's answer links its identity to this account, if that identity does not sign"
                    + " in as another account already. Comes back to /account.html?linked=<provider> or"
                    + " ?link-error=<code>.")
    @ApiResponse(responseCode = "404", description = "no such provider configured")
    LinkStart link(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String provider,
            HttpServletRequest http,
            HttpServletResponse response) {
        return oauth2.startLink(user.id(), provider, http, response);
    }

    @DeleteMapping("/api/v1/account/identities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink an identity; refused if it is my last way to sign in")
    @ApiResponse(responseCode = "404", description = "not yours, or unknown")
    @ApiResponse(responseCode = "409", description = "last-sign-in-method")
    void unlink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        identities.unlink(user.id(), id);
    }
}
