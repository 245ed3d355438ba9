package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.community.CommunityPayloads.AlertRequest;
import io.quizhall.community.CommunityPayloads.CommunityPage;
import io.quizhall.community.CommunityPayloads.Profile;
import io.quizhall.community.CommunityPayloads.PublicQuiz;
import io.quizhall.community.CommunityPayloads.RatingRequest;
import io.quizhall.community.CommunityPayloads.RatingState;
import io.quizhall.community.CommunityPayloads.ReportReceived;
import io.quizhall.community.CommunityPayloads.ReportRequest;
import io.quizhall.quiz.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public quizzes: listing, search, the public quiz page, profiles, ratings and reports (docs/community.md). */
@RestController
@RequestMapping("/api/v1/community")
@Tag(name = "Community", description = "Discover and search public quizzes, rate and report them, public profiles")
class CommunityController {

    private final CommunityService community;

    private final AlertService alerts;

    CommunityController(CommunityService community, AlertService alerts) {
        this.community = community;
        this.alerts = alerts;
    }

    @GetMapping("/quizzes")
    @Operation(
            summary = "List or search public quizzes",
            description = "Without `q`: every public quiz, newest first by default. With `q`: full-text search over"
                    + " titles, descriptions and question texts (title matches rank first; every word also matches as"
                    + " a prefix; misspelt titles are found when `typoTolerance` is true), each with highlighted"
                    + " `highlight` segments. Anyone may call it.")
    CommunityPage list(
            @Parameter(description = "Search words") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "relevance (default with q), newest (default without), plays or rating")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(description = "At least this many questions") @RequestParam(required = false) @Nullable
                    Integer minQuestions,
            @Parameter(description = "At most this many questions") @RequestParam(required = false) @Nullable
                    Integer maxQuestions,
            @Parameter(description = "Has every one of these kinds: ABCD, CHECK, RANGE, VOTING, ORDER, TEXT, SLIDE")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> kinds,
            @Parameter(description = "true: has a cover or question picture; false: has none")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean pictures,
            @Parameter(description = "The author's username") @RequestParam(required = false) @Nullable String author,
            @Parameter(description = "Only quizzes of this special event") @RequestParam(required = false) @Nullable
                    UUID specialEvent,
            @Parameter(description = "Only quizzes with this subject tag") @RequestParam(required = false) @Nullable
                    UUID tag) {
        var filter = new QuizFilter(
                minQuestions, maxQuestions, kinds == null ? List.of() : kinds, pictures, author, specialEvent, tag);
        return community.page(q, filter, sort, page, size);
    }

    @GetMapping("/quizzes/{id}")
    @Operation(
            summary = "The public page of a quiz",
            description = "Its questions without solutions unless the author allows them. Counts a view, once per"
                    + " reader and day. Hidden quizzes: only their owner and moderators.")
    @ApiResponse(responseCode = "404", description = "No such public quiz")
    PublicQuiz read(
            @PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request) {
        Viewer viewer = Viewer.of(user, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return community.read(id, user, viewer);
    }

    @PutMapping("/quizzes/{id}/rating")
    @Operation(summary = "Like or dislike a public quiz", description = "One rating per user and quiz; changeable")
    @ApiResponse(responseCode = "409", description = "conflict: it is your own quiz")
    @ApiResponse(responseCode = "429", description = "too-many-requests: quizhall.community.ratings-per-minute")
    RatingState rate(
            @PathVariable UUID id,
            @Valid @RequestBody RatingRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return community.rate(id, Objects.requireNonNull(request.positive()), user);
    }

    @DeleteMapping("/quizzes/{id}/rating")
    @Operation(summary = "Take my rating of a quiz back")
    RatingState unrate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return community.unrate(id, user);
    }

    @PostMapping("/alerts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Report a scheduled event or a game to the moderators (an alert)",
            description = "An event by `id` (one the caller may see), a game by `id` (running or finished) or a running"
                    + " game by `pin`. The report joins the moderators' queue and the audit trail; reporting the same"
                    + " target again while my report is open returns the same report")
    @ApiResponse(responseCode = "202", description = "The report is in the moderators' queue")
    @ApiResponse(responseCode = "400", description = "validation-failed: no kind or reason, neither id nor PIN")
    @ApiResponse(responseCode = "404", description = "not-found: no such event or game (or a draft of someone else)")
    @ApiResponse(responseCode = "409", description = "conflict: your own event or game")
    @ApiResponse(responseCode = "429", description = "too-many-requests: quizhall.community.reports-per-day")
    ReportReceived alert(@Valid @RequestBody AlertRequest request, @AuthenticationPrincipal CurrentUser user) {
        return alerts.alert(request, user);
    }

    @PostMapping("/quizzes/{id}/reports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Report a public quiz to the moderators",
            description = "Reporting it again while my report is open returns the same report")
    @ApiResponse(responseCode = "202", description = "The report is in the moderators' queue")
    @ApiResponse(responseCode = "429", description = "too-many-requests: quizhall.community.reports-per-day")
    ReportReceived report(
            @PathVariable UUID id,
            @Valid @RequestBody ReportRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return community.report(id, request, user);
    }

    @GetMapping("/users/{username}")
    @Operation(
            summary = "A public profile",
            description = "Username, avatar, join date and the first page of public quizzes (more with"
                    + " GET /api/v1/community/quizzes?author=)")
    @ApiResponse(responseCode = "404", description = "No such user (or the account is disabled)")
    Profile profile(@PathVariable String username, @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
        return community.profile(username, size);
    }
}
