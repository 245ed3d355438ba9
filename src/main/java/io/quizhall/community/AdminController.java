package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.account.UserAdministration.UserAccount;
import io.quizhall.community.CommunityPayloads.AdminQuiz;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (everyone else: 403): accounts, their quizzes, the moderator role, disabling, deleting. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Administrators: find and manage accounts")
class AdminController {

    private final AdminService admin;

    AdminController(AdminService admin) {
        this.admin = admin;
    }

    @GetMapping("/users")
    @Operation(summary = "Find accounts whose username or email contains q (at most 50, by username)")
    List<UserAccount> find(
            @RequestParam(defaultValue = "") @Size(max = 100) String q, @AuthenticationPrincipal CurrentUser user) {
        return admin.find(q, user);
    }

    @GetMapping("/users/{id}")
    @Operation(summary = "One account")
    UserAccount get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.get(id, user);
    }

    @GetMapping("/users/{id}/quizzes")
    @Operation(summary = "Every quiz of an account, private ones too (without their questions)")
    List<AdminQuiz> quizzes(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.quizzes(id, user);
    }

    @PutMapping("/users/{id}/moderator")
    @Operation(summary = "Grant the moderator role")
    @ApiResponse(responseCode = "409", description = "conflict: yourself, or an administrator of the configuration")
    UserAccount grantModerator(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.setModerator(id, true, user);
    }

    @DeleteMapping("/users/{id}/moderator")
    @Operation(
            summary = "Revoke the moderator role granted here",
            description = "Moderators named in quizhall.account.moderators stay moderators")
    UserAccount revokeModerator(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.setModerator(id, false, user);
    }

    @PostMapping("/users/{id}/disable")
    @Operation(
            summary = "Disable an account",
            description = "It can no longer sign in; its sessions end, its API keys stop working, its public"
                    + " quizzes leave the listing")
    @ApiResponse(responseCode = "409", description = "conflict: yourself, or an administrator of the configuration")
    UserAccount disable(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.disable(id, user);
    }

    @PostMapping("/users/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    UserAccount enable(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return admin.enable(id, user);
    }

    @DeleteMapping("/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an account and everything it owns")
    @ApiResponse(responseCode = "409", description = "conflict: yourself, or an administrator of the configuration")
    void delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        admin.delete(id, user);
    }
}
