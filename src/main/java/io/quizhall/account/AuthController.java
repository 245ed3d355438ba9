package io.quizhall.account;

import io.quizhall.account.AccountPayloads.AccountDetails;
import io.quizhall.account.AccountPayloads.CsrfDetails;
import io.quizhall.account.AccountPayloads.EmailVerified;
import io.quizhall.account.AccountPayloads.ForgotPasswordRequest;
import io.quizhall.account.AccountPayloads.LoginRequest;
import io.quizhall.account.AccountPayloads.PendingLogin;
import io.quizhall.account.AccountPayloads.RegisterRequest;
import io.quizhall.account.AccountPayloads.ResetPasswordRequest;
import io.quizhall.account.AccountPayloads.SecondStepRequest;
import io.quizhall.account.AccountPayloads.SessionDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Registration, login and sessions")
class AuthController {

    private final AccountService accounts;
    private final SessionService sessions;
    private final SessionCookies cookies;

    AuthController(AccountService accounts, SessionService sessions, SessionCookies cookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GetMapping("/csrf")
    @Operation(summary = "Issue the CSRF cookie; send its value back in the X-XSRF-TOKEN header")
    CsrfDetails csrf(CsrfToken token) {
        // Reading the token makes Spring Security write the XSRF-TOKEN cookie if the client has none yet.
        token.getToken();
        return new CsrfDetails("XSRF-TOKEN", token.getHeaderName());
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an account; with SMTP configured it must be verified before login",
            description = "An email that already has an account gets the same 201 (nothing is created; its owner"
                    + " is told by email), so the answer never tells who has an account. A taken username is a"
                    + " 409.")
    @ApiResponse(responseCode = "201", description = "Created, or the email already has an account")
    @ApiResponse(responseCode = "400", description = "validation-failed: a field breaks a rule")
    @ApiResponse(responseCode = "409", description = "conflict: the username is taken")
    AccountDetails register(@Valid @RequestBody RegisterRequest request) {
        return accounts.register(request.email(), request.username(), request.password());
    }

    @GetMapping("/verify-email")
    @Operation(summary = "Confirm an email address with the single-use token from the email")
    EmailVerified verifyEmail(@RequestParam String token) {
        accounts.verifyEmail(token);
        return new EmailVerified(true);
    }

    @PostMapping("/login")
    @Operation(
            summary = "Log in with username or email and password",
            description = "200 with the account and the session cookie; or, for an account with second factors,"
                    + " 202 with a pending-login token (no session) to complete with POST /auth/login/second-factor"
                    + " or the passkey second step.")
    @ApiResponse(responseCode = "200", description = "Signed in: the account; the session cookie is set")
    @ApiResponse(
            responseCode = "202",
            description = "Second step required: {pendingLogin, methods, expiresAt}",
            content = @Content(schema = @Schema(implementation = PendingLogin.class)))
    @ApiResponse(responseCode = "401", description = "invalid-credentials")
    @ApiResponse(responseCode = "429", description = "too-many-requests; see Retry-After")
    ResponseEntity<Object> login(
            @Valid @RequestBody LoginRequest request, HttpServletRequest http, HttpServletResponse response) {
        var result = accounts.login(
                request.login(), request.password(), http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
        if (result instanceof AccountService.LoggedIn loggedIn) {
            cookies.write(http, response, loggedIn.sessionKey());
            return ResponseEntity.ok(loggedIn.account());
        }
        return ResponseEntity.accepted().body(((AccountService.SecondStepRequired) result).pending());
    }

    @PostMapping("/login/second-factor")
    @Operation(
            summary = "Complete a password sign-in with a TOTP code or a backup code; sets the session cookie",
            description = "A wrong code leaves the pending login usable until it expires; wrong codes count"
                    + " against the account (quizhall.account.second-factor-max-failures per window).")
    @ApiResponse(responseCode = "200", description = "Signed in: the account; the session cookie is set")
    @ApiResponse(responseCode = "400", description = "invalid-code: wrong, expired or already used")
    @ApiResponse(responseCode = "401", description = "login-expired: unknown, expired or used pending login")
    @ApiResponse(responseCode = "429", description = "too-many-requests; see Retry-After")
    AccountDetails secondFactor(
            @Valid @RequestBody SecondStepRequest request, HttpServletRequest http, HttpServletResponse response) {
        var loggedIn = accounts.completeLogin(
                request.pendingLogin(), request.code(), http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
        cookies.write(http, response, loggedIn.sessionKey());
        return loggedIn.account();
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End this session")
    void logout(@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, HttpServletResponse response) {
        AccountAuthenticationFilter.currentSession(http).ifPresent(session -> sessions.revoke(user.id(), session));
        cookies.clear(http, response);
    }

    @PostMapping("/logout-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every session of this account, this one included")
    void logoutEverywhere(
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest http, HttpServletResponse response) {
        sessions.revokeAll(user.id());
        cookies.clear(http, response);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    AccountDetails me(@AuthenticationPrincipal CurrentUser user) {
        return accounts.details(user.id());
    }

    @GetMapping("/sessions")
    @Operation(summary = "My active sessions, the current one marked")
    List<SessionDetails> sessions(@AuthenticationPrincipal CurrentUser user, HttpServletRequest http) {
        return sessions.list(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null));
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of my sessions")
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        sessions.revoke(user.id(), id);
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Email a password reset token; the answer is the same whether or not the account exists",
            description = "A new token ends the one before. An account gets at most"
                    + " quizhall.account.mail-max-per-account emails per window; requests beyond are answered"
                    + " the same and send nothing.")
    @ApiResponse(responseCode = "202", description = "Accepted, whether or not the email has an account")
    @ApiResponse(responseCode = "429", description = "too-many-requests from this client address; see Retry-After")
    void forgotPassword(@Valid @RequestBody ForgotPasswordRequest request, HttpServletRequest http) {
        accounts.forgotPassword(request.email(), http.getRemoteAddr());
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a reset token; ends every session")
    void resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
        accounts.resetPassword(request.token(), request.newPassword());
    }
}
