package io.quizhall.account;

import io.quizhall.account.AccountPayloads.ChangePasswordRequest;
import io.quizhall.account.AccountPayloads.DeleteAccountRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "account", description = "The signed-in user's account")
class AccountController {

    private final AccountService accounts;
    private final AvatarService avatars;
    private final SessionCookies cookies;

    AccountController(AccountService accounts, AvatarService avatars, SessionCookies cookies) {
        this.accounts = accounts;
        this.avatars = avatars;
        this.cookies = cookies;
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password; ends every other session (needs a recent re-authentication)")
    void changePassword(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody ChangePasswordRequest request,
            HttpServletRequest http) {
        accounts.changePassword(
                user.id(),
                AccountAuthenticationFilter.currentSession(http).orElse(null),
                request.oldPassword(),
                request.newPassword());
    }

    @PostMapping("/delete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete my account and everything it owns (uploaded files stay for quizzes that use them);"
                    + " needs a recent re-authentication")
    void delete(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody DeleteAccountRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        accounts.deleteAccount(
                user.id(), AccountAuthenticationFilter.currentSession(http).orElse(null), request.password());
        cookies.clear(http, response);
    }

    @PutMapping(path = "/avatar", consumes = "*/*")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set my avatar: the raw bytes of a PNG, JPEG or WebP image of at most 25,000 bytes")
    void uploadAvatar(@AuthenticationPrincipal CurrentUser user, HttpServletRequest http) throws IOException {
        avatars.upload(user.id(), http.getInputStream());
    }

    @DeleteMapping("/avatar")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove my avatar; the generated one is shown instead")
    void removeAvatar(@AuthenticationPrincipal CurrentUser user) {
        avatars.remove(user.id());
    }
}
