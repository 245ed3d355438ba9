package io.quizhall.account;

import io.quizhall.account.AccountPayloads.AccountDetails;
import io.quizhall.account.AccountPayloads.CeremonyOptions;
import io.quizhall.account.AccountPayloads.PasskeyDetails;
import io.quizhall.account.AccountPayloads.PasskeyOptionsRequest;
import io.quizhall.account.AccountPayloads.PasskeyProofRequest;
import io.quizhall.account.AccountPayloads.PasskeySignInRequest;
import io.quizhall.account.AccountPayloads.RegisterPasskeyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "passkeys", description = "WebAuthn passkeys: register, list, delete, sign in (docs/auth.md)")
class PasskeyController {

    private final PasskeyService passkeys;
    private final SessionCookies cookies;

    PasskeyController(PasskeyService passkeys, SessionCookies cookies) {
        this.passkeys = passkeys;
        this.cookies = cookies;
    }

    @PostMapping("/api/v1/account/passkeys/options")
    @Operation(summary = "Start registering a passkey: creation options for navigator.credentials.create()")
    @ApiResponse(responseCode = "409", description = "conflict: the account has the most passkeys allowed")
    CeremonyOptions registrationOptions(@AuthenticationPrincipal CurrentUser user) {
        return passkeys.registrationOptions(user.id());
    }

    @PostMapping("/api/v1/account/passkeys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Finish registering a passkey with the authenticator's answer")
    @ApiResponse(responseCode = "400", description = "passkey-rejected, or validation-failed")
    PasskeyDetails register(
            @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody RegisterPasskeyRequest request) {
        return passkeys.register(user.id(), request.ceremony(), request.name(), request.credential());
    }

    @GetMapping("/api/v1/account/passkeys")
    @Operation(summary = "My passkeys: name, created, last used")
    List<PasskeyDetails> list(@AuthenticationPrincipal CurrentUser user) {
        return passkeys.list(user.id());
    }

    @DeleteMapping("/api/v1/account/passkeys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my passkeys (needs a recent re-authentication)")
    @ApiResponse(responseCode = "403", description = "reauthentication-required")
    @ApiResponse(responseCode = "404", description = "not yours, or unknown")
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletRequest http) {
        passkeys.delete(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null), id);
    }

    @PostMapping("/api/v1/auth/passkey/options")
    @Operation(
            summary = "Start a passkey sign-in: request options for navigator.credentials.get()",
            description = "Without pendingLogin: any passkey of this site (no username). With the pendingLogin of"
                    + " a password sign-in: only that account's passkeys, as its second step.")
    @ApiResponse(responseCode = "401", description = "login-expired: unknown or expired pendingLogin")
    CeremonyOptions signInOptions(@Valid @RequestBody PasskeyOptionsRequest request) {
        return passkeys.signInOptions(request.pendingLogin(), null);
    }

    @PostMapping("/api/v1/auth/passkey")
    @Operation(summary = "Finish a passkey sign-in (alone, or as the second step); sets the session cookie")
    @ApiResponse(responseCode = "200", description = "Signed in: the account; the session cookie is set")
    @ApiResponse(responseCode = "400", description = "passkey-rejected")
    @ApiResponse(responseCode = "401", description = "login-expired")
    AccountDetails signIn(
            @Valid @RequestBody PasskeySignInRequest request, HttpServletRequest http, HttpServletResponse response) {
        var loggedIn = passkeys.signIn(
                request.ceremony(),
                request.credential(),
                request.pendingLogin(),
                http.getRemoteAddr(),
                http.getHeader(HttpHeaders.USER_AGENT));
        cookies.write(http, response, loggedIn.sessionKey());
        return loggedIn.account();
    }

    @PostMapping("/api/v1/account/reauthenticate/passkey/options")
    @Operation(summary = "Start re-authenticating with one of my passkeys")
    CeremonyOptions reauthenticationOptions(@AuthenticationPrincipal CurrentUser user) {
        return passkeys.signInOptions(null, user.id());
    }

    @PostMapping("/api/v1/account/reauthenticate/passkey")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Re-authenticate with one of my passkeys, for sensitive changes")
    @ApiResponse(responseCode = "400", description = "passkey-rejected")
    void reauthenticate(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody PasskeyProofRequest request,
            HttpServletRequest http) {
        passkeys.reauthenticate(
                user.id(),
                AccountAuthenticationFilter.currentSession(http).orElse(null),
                request.ceremony(),
                request.credential());
    }
}
