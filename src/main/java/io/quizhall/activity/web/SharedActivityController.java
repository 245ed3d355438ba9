package io.quizhall.activity.web;

import io.quizhall.activity.ActivityService;
import io.quizhall.activity.AnswerCheck;
import io.quizhall.activity.AnswerVerdict;
import io.quizhall.activity.SharedActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What learners call through a share link, without an account (docs/activities.md, "Learners"): the activity
 * without solutions, and the check of an ABCD answer. Nothing about the learner is stored.
 */
@RestController
@RequestMapping("/api/v1/activity-shares")
@Tag(name = "Shared activities", description = "Open a shared activity and check answers, without an account")
class SharedActivityController {

    private final ActivityService activities;

    SharedActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping("/{token}")
    @Operation(
            summary = "Open a shared activity",
            description = "Anyone with the link. The pages carry no solutions; ABCD answers are checked one by one")
    @ApiResponse(responseCode = "200", description = "The activity for learners")
    @ApiResponse(responseCode = "404", description = "not-found: no such link, or it was revoked")
    @ApiResponse(responseCode = "410", description = "gone: the link has expired (`expiredAt` says when)")
    ResponseEntity<SharedActivity> open(@PathVariable String token) {
        // The owner may edit or revoke at any time: never serve this from a cache.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(activities.open(token));
    }

    @PostMapping("/{token}/pages/{index}/check")
    @Operation(
            summary = "Check an answer on an ABCD page",
            description = "Says whether the chosen option is correct and which options are. Rate-limited per link and"
                    + " address (quizhall.activity.checks-per-minute)")
    @ApiResponse(responseCode = "200", description = "The verdict")
    @ApiResponse(responseCode = "400", description = "validation-failed: not an ABCD page, or no such option")
    @ApiResponse(responseCode = "404", description = "not-found: no such link or page")
    @ApiResponse(responseCode = "410", description = "gone: the link has expired")
    @ApiResponse(responseCode = "429", description = "too-many-requests: see Retry-After")
    AnswerVerdict check(
            @PathVariable String token,
            @PathVariable int index,
            @RequestBody AnswerCheck answer,
            HttpServletRequest request) {
        return activities.check(token, index, answer, request.getRemoteAddr());
    }
}
