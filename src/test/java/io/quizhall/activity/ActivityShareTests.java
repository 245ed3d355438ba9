package io.quizhall.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.storage.TestFiles;
import io.quizhall.storage.TestPdfs;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.QrCodes;
import io.quizhall.support.Session;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Share links: the owner creates, lists and revokes them; anyone with one opens the activity without an account
 * and without its solutions, checks ABCD answers, and sees its pictures and PDFs; an expired link answers 410.
 */
@IntegrationTest
class ActivityShareTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    StringRedisTemplate redis;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** An activity of every kind with an uploaded picture and PDF; returns its id. */
    private static String activity(Accounts.SignedIn teacher) {
        String picture = upload(teacher, "cells.png", TestFiles.png(20, 10));
        String pdf = upload(teacher, "sheet.pdf", TestPdfs.pages(2));
        var created = teacher.post(
                "/api/v1/activities",
                Activities.everyKind("Biology", picture, pdf).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String upload(Accounts.SignedIn teacher, String name, byte[] content) {
        var uploaded = teacher.upload(
                "/api/v1/storage", name, "application/octet-stream", content, Map.of("purpose", "activity"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    private static JsonNode share(Accounts.SignedIn teacher, String activity, String body) {
        var share = teacher.post("/api/v1/activities/" + activity + "/shares", body);
        assertThat(share.status()).as(share.body()).isEqualTo(201);
        return share.json();
    }

    @Test
    void anyoneWithTheLinkOpensTheActivityWithoutAnAccountAndWithoutSolutions() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);
        JsonNode share = share(teacher, activity, "{\"name\": \"Class 7b\"}");

        String token = share.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(share.get("path").asString()).isEqualTo("/learn/" + token);
        assertThat(share.get("name").asString()).isEqualTo("Class 7b");
        assertThat(share.get("expired").asBoolean()).isFalse();
        assertThat(share.has("expiresAt")).isFalse();
        assertThat(token).doesNotContain(share.get("id").asString());

        var opened = api.get("/api/v1/activity-shares/" + token);

        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.headers().getCacheControl()).contains("no-store");
        JsonNode shared = opened.json();
        assertThat(shared.get("title").asString()).isEqualTo("Biology");
        assertThat(shared.has("ownerId")).isFalse();
        assertThat(shared.at("/pages/4/type").asString()).isEqualTo("ABCD");
        assertThat(shared.at("/pages/4/data/answers/1/answer").asString()).isEqualTo("Water");
        assertThat(opened.body())
                .as("no solution in what learners load")
                .doesNotContain("correct")
                .doesNotContain("\"markdown\"");
        assertThat(shared.at("/pages/1/data/html").asString()).startsWith("<h1>Water</h1>");
    }

    @Test
    void theCheckSaysWhetherTheChosenAnswerIsCorrectAndWhichAre() {
        var teacher = accounts.newUser();
        String token = share(teacher, activity(teacher), "{\"name\": \"Quiz me\"}")
                .get("token")
                .asString();
        String check = "/api/v1/activity-shares/" + token + "/pages/4/check";

        var wrong = api.post(check, "application/json", "{\"answer\": 0}");
        var right = api.post(check, "application/json", "{\"answer\": 1}");

        assertThat(wrong.status()).as(wrong.body()).isEqualTo(200);
        assertThat(wrong.json().get("correct").asBoolean()).isFalse();
        assertThat(wrong.json().get("correctAnswers").valueStream().map(JsonNode::asInt))
                .containsExactly(1);
        assertThat(right.json().get("correct").asBoolean()).isTrue();

        var outOfRange = api.post(check, "application/json", "{\"answer\": 3}");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().at("/errors/0/field").asString()).isEqualTo("answer");
        var notAbcd =
                api.post("/api/v1/activity-shares/" + token + "/pages/0/check", "application/json", "{\"answer\": 0}");
        assertThat(notAbcd.status()).isEqualTo(400);
        var noPage =
                api.post("/api/v1/activity-shares/" + token + "/pages/9/check", "application/json", "{\"answer\": 0}");
        assertThat(noPage.status()).isEqualTo(404);
        var noShare = api.post("/api/v1/activity-shares/nope/pages/4/check", "application/json", "{\"answer\": 0}");
        assertThat(noShare.status()).isEqualTo(404);
    }

    @Test
    void checksAreRateLimitedPerLinkAndAddress() {
        var teacher = accounts.newUser();
        String token = share(teacher, activity(teacher), "{\"name\": \"Busy\"}")
                .get("token")
                .asString();
        String check = "/api/v1/activity-shares/" + token + "/pages/4/check";
        int limit = 20; // quizhall.activity.checks-per-minute in the test profile

        for (int i = 0; i < limit; i++) {
            assertThat(api.post(check, "application/json", "{\"answer\": 1}").status())
                    .isEqualTo(200);
        }
        var refused = api.post(check, "application/json", "{\"answer\": 1}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void anExpiredLinkAnswers410GoneAndItsFilesAreNoLongerShown() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);
        Instant now = clock.freeze();
        JsonNode share = share(
                teacher,
                activity,
                "{\"name\": \"Homework\", \"expiresAt\": \"" + now.plus(Duration.ofHours(1)) + "\"}");
        String token = share.get("token").asString();
        JsonNode pages = api.get("/api/v1/activity-shares/" + token).json().get("pages");
        String picture = pages.at("/0/data/image").asString();
        String pdf = pages.at("/2/data/file").asString();
        var learner = new Session(api.baseUrl());
        assertThat(learner.getBytes("/api/v1/storage/" + picture + "/download", Map.of())
                        .status())
                .as("the picture is shown while the link is open")
                .isEqualTo(200);
        assertThat(learner.getBytes("/api/v1/storage/" + pdf + "/download", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(learner.get("/api/v1/storage/" + picture).status())
                .as("and its alt text")
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(59));
        assertThat(api.get("/api/v1/activity-shares/" + token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        var gone = api.get("/api/v1/activity-shares/" + token);

        assertThat(gone.status()).as(gone.body()).isEqualTo(410);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.json().get("code").asString()).isEqualTo("gone");
        assertThat(gone.json().get("type").asString()).isEqualTo("urn:quizhall:problem:gone");
        assertThat(gone.json().get("detail").asString()).contains("expired");
        assertThat(Instant.parse(gone.json().get("expiredAt").asString()))
                .isEqualTo(now.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS));
        assertThat(api.post(
                                "/api/v1/activity-shares/" + token + "/pages/4/check",
                                "application/json",
                                "{\"answer\": 1}")
                        .status())
                .isEqualTo(410);
        assertThat(learner.getBytes("/api/v1/storage/" + picture + "/download", Map.of())
                        .status())
                .as("files of an activity whose links all expired are the owner's alone again")
                .isEqualTo(404);
        assertThat(learner.getBytes("/api/v1/storage/" + pdf + "/download", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(teacher.getBytes("/api/v1/storage/" + picture + "/download", Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode listed =
                teacher.get("/api/v1/activities/" + activity + "/shares").json();
        assertThat(listed.at("/0/expired").asBoolean())
                .as("the owner still sees it, marked")
                .isTrue();
    }

    @Test
    void theOwnerListsAndRevokesLinksAndARevokedLinkIsNotFound() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);
        JsonNode first = share(teacher, activity, "{\"name\": \"Group A\"}");
        JsonNode second = share(teacher, activity, "{\"name\": \"Group B\"}");

        JsonNode listed =
                teacher.get("/api/v1/activities/" + activity + "/shares").json();
        assertThat(listed.valueStream().map(share -> share.get("name").asString()))
                .containsExactly("Group B", "Group A");

        var revoked = teacher.delete(
                "/api/v1/activities/" + activity + "/shares/" + first.get("id").asString());

        assertThat(revoked.status()).isEqualTo(204);
        var opened = api.get("/api/v1/activity-shares/" + first.get("token").asString());
        assertThat(opened.status()).isEqualTo(404);
        assertThat(opened.json().get("code").asString()).isEqualTo("not-found");
        assertThat(api.get("/api/v1/activity-shares/" + second.get("token").asString())
                        .status())
                .isEqualTo(200);
        assertThat(teacher.get("/api/v1/activities/" + activity + "/shares")
                        .json()
                        .size())
                .isEqualTo(1);
        var mallory = accounts.newUser();
        assertThat(mallory.delete("/api/v1/activities/" + activity + "/shares/"
                                + second.get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(teacher.delete("/api/v1/activities/" + activity + "/shares/"
                                + first.get("id").asString())
                        .status())
                .as("a second revoke")
                .isEqualTo(404);
    }

    @Test
    void deletingTheActivityEndsItsLinks() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);
        String token = share(teacher, activity, "{\"name\": \"Soon gone\"}")
                .get("token")
                .asString();

        assertThat(teacher.delete("/api/v1/activities/" + activity).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/activity-shares/" + token).status()).isEqualTo(404);
    }

    @Test
    void aShareNeedsANameAndAnExpiryInTheFuture() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);

        var unnamed = teacher.post("/api/v1/activities/" + activity + "/shares", "{\"name\": \" \\u0000 \"}");
        var past = teacher.post(
                "/api/v1/activities/" + activity + "/shares",
                "{\"name\": \"Late\", \"expiresAt\": \"" + Instant.now().minusSeconds(1) + "\"}");

        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().at("/errors/0/field").asString()).isEqualTo("name");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().at("/errors/0/field").asString()).isEqualTo("expiresAt");
        assertThat(api.get("/api/v1/activities/" + activity + "/shares").status())
                .as("anonymous callers cannot list shares")
                .isEqualTo(401);
    }

    @Test
    void tokensAreUniqueAndTheQrCodeEncodesTheLearnerLink() {
        var teacher = accounts.newUser();
        String activity = activity(teacher);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(share(teacher, activity, "{\"name\": \"n" + i + "\"}")
                    .get("token")
                    .asString());
        }
        assertThat(tokens).hasSize(5);
        JsonNode share = share(teacher, activity, "{\"name\": \"Projector\"}");

        var qr = teacher.getBytes(
                "/api/v1/activities/" + activity + "/shares/" + share.get("id").asString() + "/qr", Map.of());

        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.headers().getContentType()).hasToString("image/png");
        assertThat(QrCodes.read(qr.body()))
                .isEqualTo(api.baseUrl() + share.get("path").asString());
        var mallory = accounts.newUser();
        assertThat(mallory.getBytes(
                                "/api/v1/activities/" + activity + "/shares/"
                                        + share.get("id").asString() + "/qr",
                                Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void learnersLeaveNothingBehindButTheRateLimitCounter() {
        var teacher = accounts.newUser();
        String token = share(teacher, activity(teacher), "{\"name\": \"Private\"}")
                .get("token")
                .asString();
        var before = redis.keys("*");

        api.get("/api/v1/activity-shares/" + token);
        api.post("/api/v1/activity-shares/" + token + "/pages/4/check", "application/json", "{\"answer\": 1}");

        var added = new HashSet<>(redis.keys("*"));
        added.removeAll(before);
        assertThat(added)
                .as("only the rate limit bucket, keyed by a hash of the link and the address")
                .allSatisfy(key ->
                        assertThat(key).startsWith("qh:rate:activity-check:").doesNotContain(token));
    }
}
