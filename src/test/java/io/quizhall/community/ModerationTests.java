package io.quizhall.community;

import static io.quizhall.community.CommunityFixtures.abcd;
import static io.quizhall.community.CommunityFixtures.marker;
import static io.quizhall.community.CommunityFixtures.publicQuiz;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Session;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reports, the moderators' queue, hiding, moderator ratings, the action log, administration and who may do it. */
@IntegrationTest
class ModerationTests {

    private static final String SOME_ID = "00000000-0000-0000-0000-000000000001";

    /** Every moderation and administration endpoint, with a body where it takes one. */
    private static final List<String[]> MODERATION = List.of(
            new String[] {"GET", "/api/v1/moderation/reports", null},
            new String[] {"POST", "/api/v1/moderation/reports/" + SOME_ID + "/resolve", "{}"},
            new String[] {"POST", "/api/v1/moderation/quizzes/" + SOME_ID + "/hide", "{\"reason\": \"x\"}"},
            new String[] {"POST", "/api/v1/moderation/quizzes/" + SOME_ID + "/unhide", ""},
            new String[] {"PUT", "/api/v1/moderation/quizzes/" + SOME_ID + "/mod-rating", "{\"rating\": 3}"},
            new String[] {"GET", "/api/v1/moderation/actions", null});

    private static final List<String[]> ADMINISTRATION = List.of(
            new String[] {"GET", "/api/v1/admin/users?q=a", null},
            new String[] {"GET", "/api/v1/admin/users/" + SOME_ID, null},
            new String[] {"GET", "/api/v1/admin/users/" + SOME_ID + "/quizzes", null},
            new String[] {"PUT", "/api/v1/admin/users/" + SOME_ID + "/moderator", ""},
            new String[] {"DELETE", "/api/v1/admin/users/" + SOME_ID + "/moderator", null},
            new String[] {"POST", "/api/v1/admin/users/" + SOME_ID + "/disable", ""},
            new String[] {"POST", "/api/v1/admin/users/" + SOME_ID + "/enable", ""},
            new String[] {"DELETE", "/api/v1/admin/users/" + SOME_ID, null});

    @Autowired
    Accounts accounts;

    @Test
    void aNormalUserGets403OnEveryModerationAndAdministrationEndpoint() {
        var user = accounts.newUser();
        for (String[] call : concat(MODERATION, ADMINISTRATION)) {
            Api.Response response = user.send(call[0], call[1], call[2], java.util.Map.of());
            assertThat(response.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        }
    }

    @Test
    void anonymousCallersGet401AndModeratorsGet403OnAdministration() {
        var anonymous = accounts.anonymous();
        for (String[] call : concat(MODERATION, ADMINISTRATION)) {
            if (call[0].equals("GET")) {
                assertThat(anonymous.get(call[1]).status()).as(call[1]).isEqualTo(401);
            }
        }
        var moderator = accounts.newModerator();
        for (String[] call : ADMINISTRATION) {
            assertThat(moderator
                            .send(call[0], call[1], call[2], java.util.Map.of())
                            .status())
                    .as(call[0] + " " + call[1])
                    .isEqualTo(403);
        }
    }

    @Test
    void aReportedQuizIsHiddenResolvedAndEveryStepIsLogged() {
        var author = accounts.newUser();
        var reporter = accounts.newUser();
        var moderator = accounts.newModerator();
        String marker = marker();
        UUID quiz = publicQuiz(author, "Offensive " + marker, "Bad", abcd("Q?"));

        var report = reporter.post(
                "/api/v1/community/quizzes/" + quiz + "/reports",
                "{\"reason\": \"INAPPROPRIATE\", \"comment\": \"Rude\"}");
        assertThat(report.status()).isEqualTo(202);
        String reportId = report.json().get("id").asString();
        var again = reporter.post("/api/v1/community/quizzes/" + quiz + "/reports", "{\"reason\": \"SPAM\"}");
        assertThat(again.json().get("id").asString()).isEqualTo(reportId);
        assertThat(author.post("/api/v1/community/quizzes/" + quiz + "/reports", "{\"reason\": \"SPAM\"}")
                        .status())
                .isEqualTo(409);

        JsonNode queued =
                find(moderator.get("/api/v1/moderation/reports?size=100").json(), reportId);
        assertThat(queued.get("reason").asString()).isEqualTo("INAPPROPRIATE");
        assertThat(queued.get("comment").asString()).isEqualTo("Rude");
        assertThat(queued.get("reporter").asString()).isEqualTo(reporter.user().username());
        assertThat(queued.get("quiz").get("id").asString()).isEqualTo(quiz.toString());

        var hidden = moderator.post("/api/v1/moderation/quizzes/" + quiz + "/hide", "{\"reason\": \"Insults\"}");
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("hidden").asBoolean()).isTrue();

        // Out of search and listing for everyone, the page 404 for strangers, visible to owner and moderators.
        assertThat(search(accounts.anonymous(), marker)).isEmpty();
        assertThat(search(author, marker)).isEmpty();
        assertThat(reporter.get("/api/v1/community/quizzes/" + quiz).status()).isEqualTo(404);
        assertThat(accounts.anonymous().get("/api/v1/quizzes/" + quiz).status()).isEqualTo(404);
        assertThat(reporter.post("/api/v1/quizzes/" + quiz + "/copy", "").status())
                .isEqualTo(404);
        var ownView = author.get("/api/v1/community/quizzes/" + quiz).json();
        assertThat(ownView.get("hidden").asBoolean()).isTrue();
        assertThat(ownView.get("hiddenReason").asString()).isEqualTo("Insults");
        JsonNode mine = author.get("/api/v1/quizzes").json().get("items").get(0);
        assertThat(mine.get("hidden").asBoolean()).isTrue();
        assertThat(mine.get("hiddenReason").asString()).isEqualTo("Insults");
        assertThat(moderator.get("/api/v1/community/quizzes/" + quiz).status()).isEqualTo(200);

        var rated = moderator.put("/api/v1/moderation/quizzes/" + quiz + "/mod-rating", "{\"rating\": 2}");
        assertThat(rated.json().get("modRating").asInt()).isEqualTo(2);
        assertThat(moderator
                        .put("/api/v1/moderation/quizzes/" + quiz + "/mod-rating", "{\"rating\": 6}")
                        .status())
                .isEqualTo(400);

        var resolved =
                moderator.post("/api/v1/moderation/reports/" + reportId + "/resolve", "{\"resolution\": \"Hidden\"}");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("qh-moderator");
        assertThat(moderator.get("/api/v1/moderation/reports?size=100").body()).doesNotContain(reportId);

        var unhidden = moderator.post("/api/v1/moderation/quizzes/" + quiz + "/unhide", "");
        assertThat(unhidden.json().get("hidden").asBoolean()).isFalse();
        assertThat(search(accounts.anonymous(), marker)).containsExactly(quiz.toString());

        JsonNode log = moderator
                .get("/api/v1/moderation/actions?quizId=" + quiz)
                .json()
                .get("items");
        assertThat(log.findValuesAsString("action"))
                .containsExactly("UNHIDE_QUIZ", "RESOLVE_REPORT", "SET_MOD_RATING", "HIDE_QUIZ");
        assertThat(log.get(3).get("actorName").asString()).isEqualTo("qh-moderator");
        assertThat(log.get(3).get("detail").asString()).isEqualTo("Insults");
    }

    @Test
    void administratorsFindUsersGrantModeratorsAndDisableAndDeleteAccounts() {
        var admin = accounts.newAdmin();
        var user = accounts.newUser();
        String id = user.user().id().toString();
        UUID quiz = CommunityFixtures.quiz(user, "Private draft", "Mine", false, abcd("Q?"));

        var found = admin.get("/api/v1/admin/users?q=" + user.user().username());
        assertThat(found.json().get(0).get("email").asString())
                .isEqualTo(user.user().email());
        assertThat(admin.get("/api/v1/admin/users/" + id + "/quizzes").body()).contains(quiz.toString());

        var granted = admin.put("/api/v1/admin/users/" + id + "/moderator", "");
        assertThat(granted.json().get("roles").toString()).contains("MODERATOR");
        assertThat(user.get("/api/v1/moderation/reports").status()).isEqualTo(200);
        admin.delete("/api/v1/admin/users/" + id + "/moderator");
        assertThat(user.get("/api/v1/moderation/reports").status()).isEqualTo(403);

        var disabled = admin.post("/api/v1/admin/users/" + id + "/disable", "");
        assertThat(disabled.json().get("disabledAt").isNull()).isFalse();
        assertThat(user.get("/api/v1/quizzes").status()).isEqualTo(401);
        var login = accounts.anonymous()
                .post("/api/v1/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(user.user().username(), Accounts.PASSWORD));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.json().get("code").asString()).isEqualTo("account-disabled");

        admin.post("/api/v1/admin/users/" + id + "/enable", "");
        Session back = accounts.signIn(user.user());
        assertThat(back.get("/api/v1/quizzes").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/admin/users/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/admin/users/" + id).status()).isEqualTo(404);
        assertThat(back.get("/api/v1/quizzes").status()).isEqualTo(401);

        JsonNode log =
                admin.get("/api/v1/moderation/actions?userId=" + id).json().get("items");
        assertThat(log.findValuesAsString("action"))
                .containsExactly("DELETE_USER", "ENABLE_USER", "DISABLE_USER", "REVOKE_MODERATOR", "GRANT_MODERATOR");
    }

    @Test
    void administratorsCannotLockOutThemselvesOrConfiguredAdministrators() {
        var admin = accounts.newAdmin();
        String self = admin.user().id().toString();

        assertThat(admin.post("/api/v1/admin/users/" + self + "/disable", "").status())
                .isEqualTo(409);
        assertThat(admin.delete("/api/v1/admin/users/" + self).status()).isEqualTo(409);
    }

    private static List<String> search(Session session, String marker) {
        return CommunitySearchTests.ids(
                        session.get("/api/v1/community/quizzes?q=" + marker).json())
                .stream()
                .map(UUID::toString)
                .toList();
    }

    private static JsonNode find(JsonNode page, String reportId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asString().equals(reportId)) {
                return item;
            }
        }
        throw new AssertionError("Report " + reportId + " is not in the queue: " + page);
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        var all = new java.util.ArrayList<String[]>(a);
        all.addAll(b);
        return all;
    }
}
