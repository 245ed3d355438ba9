package io.quizhall.account;

import io.quizhall.account.AccountPayloads.BackupCodes;
import io.quizhall.account.AccountPayloads.ConfirmTotpRequest;
import io.quizhall.account.AccountPayloads.ReauthenticateRequest;
import io.quizhall.account.AccountPayloads.SecondFactorStatus;
import io.quizhall.account.AccountPayloads.TotpSetup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "second-factors", description = "TOTP, backup codes and re-authentication (docs/auth.md)")
class SecondFactorController {

    private final SecondFactorService secondFactors;
    private final AccountService accounts;

    SecondFactorController(SecondFactorService secondFactors, AccountService accounts) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
    }

    @GetMapping("/second-factors")
    @Operation(summary = "Which second factors my account has, and how many backup codes are left")
    SecondFactorStatus status(@AuthenticationPrincipal CurrentUser user) {
        return secondFactors.status(user.id());
    }

    @PostMapping("/totp/setup")
    @Operation(
            summary = "Start setting up an authenticator app: a new secret, its otpauth:// URI and QR code",
            description = "TOTP stays off until POST /account/totp/confirm gets a valid code. The secret is never"
                    + " shown again.")
    @ApiResponse(responseCode = "409", description = "conflict: TOTP is already on")
    TotpSetup setUp(@AuthenticationPrincipal CurrentUser user) {
        return secondFactors.setUpTotp(user.id());
    }

    @GetMapping(path = "/totp/setup/qr", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The QR code (PNG) of my unconfirmed TOTP setup, for the authenticator app to scan")
    @ApiResponse(responseCode = "404", description = "no setup pending (none started, or already confirmed)")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(secondFactors.setupQrCode(user.id()));
    }

    @PostMapping("/totp/confirm")
    @Operation(summary = "Turn TOTP on with a code from the app; answers ten backup codes, shown once")
    @ApiResponse(responseCode = "400", description = "invalid-code")
    @ApiResponse(responseCode = "409", description = "conflict: no setup started, or TOTP already on")
    @ApiResponse(responseCode = "429", description = "too-many-requests; see Retry-After")
    BackupCodes confirm(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ConfirmTotpRequest request) {
        return secondFactors.confirmTotp(user.id(), request.code());
    }

    @DeleteMapping("/totp")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn TOTP off (needs a recent re-authentication)")
    @ApiResponse(responseCode = "403", description = "reauthentication-required")
    void disable(@AuthenticationPrincipal CurrentUser user, HttpServletRequest http) {
        secondFactors.disableTotp(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null));
    }

    @PostMapping("/backup-codes")
    @Operation(summary = "Replace my backup codes with ten new ones, shown once (needs a recent re-authentication)")
    @ApiResponse(responseCode = "403", description = "reauthentication-required")
    @ApiResponse(responseCode = "409", description = "conflict: the account has no second factor")
    BackupCodes regenerate(@AuthenticationPrincipal CurrentUser user, HttpServletRequest http) {
        return secondFactors.regenerateBackupCodes(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null));
    }

    @PostMapping("/reauthenticate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Prove it is me again (password, or a TOTP or backup code) to make sensitive changes",
            description = "Sensitive changes need a proof within quizhall.account.reauthentication-window (10"
                    + " minutes); signing in counts as one. Session cookies only: API keys never qualify.")
    @ApiResponse(responseCode = "400", description = "invalid-code, or validation-failed")
    @ApiResponse(responseCode = "429", description = "too-many-requests; see Retry-After")
    void reauthenticate(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody ReauthenticateRequest request,
            HttpServletRequest http) {
        accounts.reauthenticate(
                user.id(),
                AccountAuthenticationFilter.currentSession(http).orElse(null),
                request.password(),
                request.code());
    }
}
