package io.quizhall.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures;
import io.quizhall.quiz.Question;
import io.quizhall.shared.SecureTokens;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.RawStompClient;
import io.quizhall.support.Rows;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Remote controllers through the public API, the device simulated as docs/controllers.md tells device makers to
 * build one: setup code, secret, pings, joining a live game and answering over STOMP, revocation.
 */
@IntegrationTest
class RemoteControllerTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A device that went through setup: its secret is set. */
    record Paired(SimulatedController device, UUID id, String secret, Accounts.SignedIn teacher) {}

    private Paired pair(String name, String playerName) {
        var teacher = accounts.newUser();
        return pair(teacher, name, playerName);
    }

    private Paired pair(Accounts.SignedIn teacher, String name, String playerName) {
        var device = new SimulatedController(api.baseUrl());
        JsonNode setup = device.post("/api/v1/devices/setup", "{\"firmwareVersion\": \"1.0.0\"}")
                .json();
        var added = teacher.post(
                "/api/v1/controllers",
                "{\"setupCode\": \"%s\", \"name\": \"%s\", \"playerName\": \"%s\"}"
                        .formatted(setup.get("setupCode").asString(), name, playerName));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var collected = device.post(
                "/api/v1/devices/setup/collect",
                "{\"setupToken\": \"%s\"}".formatted(setup.get("setupToken").asString()));
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        String secret = collected.json().get("secret").asString();
        device.secret(secret);
        return new Paired(device, UUID.fromString(added.json().get("id").asString()), secret, teacher);
    }

    @Test
    void aDeviceIsSetUpWithACodeAndReceivesItsSecretOnce() {
        var teacher = accounts.newUser();
        var device = new SimulatedController(api.baseUrl());

        var started = device.post("/api/v1/devices/setup", "{\"firmwareVersion\": \"1.2.0\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String code = started.json().get("setupCode").asString();
        String token = started.json().get("setupToken").asString();
        assertThat(code).hasSize(10).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        assertThat(started.json().get("pollAfterSeconds").asInt()).isPositive();

        String collect = "{\"setupToken\": \"%s\"}".formatted(token);
        var waiting = device.post("/api/v1/devices/setup/collect", collect);
        assertThat(waiting.status()).isEqualTo(202);
        assertThat(waiting.json().get("status").asString()).isEqualTo("waiting");
        assertThat(waiting.json().has("secret")).isFalse();

        // Typed as the teacher reads it: in lower case, with a dash in the middle.
        String typed = (code.substring(0, 5) + "-" + code.substring(5)).toLowerCase();
        var added = teacher.post(
                "/api/v1/controllers",
                "{\"setupCode\": \"%s\", \"name\": \"Desk 4\", \"playerName\": \"Blue Box\"}".formatted(typed));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("status").asString()).isEqualTo("offline");
        assertThat(added.json().get("firmwareVersion").asString()).isEqualTo("1.2.0");
        assertThat(added.json().has("lastSeen")).isFalse();

        var ready = device.post("/api/v1/devices/setup/collect", collect);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("ready");
        String secret = ready.json().get("secret").asString();
        assertThat(secret).hasSize(24).matches("[A-Za-z0-9]{24}");
        assertThat(ready.json().get("playerName").asString()).isEqualTo("Blue Box");
        assertThat(ready.json().get("controllerId").asString())
                .isEqualTo(added.json().get("id").asString());

        // Once only: the secret is gone from the server, which keeps its hash.
        var again = device.post("/api/v1/devices/setup/collect", collect);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("code").asString()).isEqualTo("setup_token_unknown");
        assertThat(Rows.count(
                        jdbc,
                        "controller_setup",
                        "controller_id = ?",
                        UUID.fromString(added.json().get("id").asString())))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT secret_key_hash FROM controller WHERE id = ?::uuid",
                        byte[].class,
                        added.json().get("id").asString()))
                .isEqualTo(SecureTokens.sha256(secret));

        // A code works once.
        var reused = accounts.newUser()
                .post(
                        "/api/v1/controllers",
                        "{\"setupCode\": \"%s\", \"name\": \"Mine\", \"playerName\": \"Mine\"}".formatted(code));
        assertThat(reused.status()).isEqualTo(404);
        assertThat(reused.json().get("code").asString()).isEqualTo("setup_code_unknown");

        // The device's first ping: online, seen.
        device.secret(secret);
        var ping = device.post("/api/v1/devices/ping", "{\"firmwareVersion\": \"1.2.0\"}");
        assertThat(ping.status()).as(ping.body()).isEqualTo(200);
        assertThat(ping.json().get("name").asString()).isEqualTo("Desk 4");
        assertThat(ping.json().get("updateWanted").asBoolean()).isFalse();
        JsonNode listed = teacher.get("/api/v1/controllers").json().get(0);
        assertThat(listed.get("status").asString()).isEqualTo("online");
        assertThat(listed.get("firstSeen").asString())
                .isEqualTo(listed.get("lastSeen").asString());
    }

    @Test
    void aCodeExpiresAfterTenMinutesByTheServersClock() {
        clock.freeze();
        var teacher = accounts.newUser();
        var device = new SimulatedController(api.baseUrl());
        JsonNode setup = device.post("/api/v1/devices/setup", "{}").json();

        clock.advance(Duration.ofMinutes(10));

        var added = teacher.post(
                "/api/v1/controllers",
                "{\"setupCode\": \"%s\", \"name\": \"Late\", \"playerName\": \"Late\"}"
                        .formatted(setup.get("setupCode").asString()));
        assertThat(added.status()).as(added.body() + " " + setup).isEqualTo(404);
        assertThat(added.json().get("code").asString()).isEqualTo("setup_code_unknown");
        var collected = device.post(
                "/api/v1/devices/setup/collect",
                "{\"setupToken\": \"%s\"}".formatted(setup.get("setupToken").asString()));
        assertThat(collected.status()).isEqualTo(410);
        assertThat(collected.json().get("code").asString()).isEqualTo("setup_expired");
    }

    @Test
    void theTeachersRequestIsValidatedFieldByField() {
        var teacher = accounts.newUser();

        var refused = teacher.post(
                "/api/v1/controllers", "{\"setupCode\": \"12\", \"name\": \" \", \"playerName\": \"\\u200b\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("setupCode", "name", "playerName");
    }

    @Test
    void aPingTellsTheWantedFirmwareAndTheTeacherSeesWhatItRuns() {
        var paired = pair("Desk 7", "Seven");

        var patched = paired.teacher()
                .send(
                        "PATCH",
                        "/api/v1/controllers/" + paired.id(),
                        "{\"name\": \"Window desk\", \"wantedFirmwareVersion\": \"1.1.0\"}",
                        Map.of());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("playerName").asString()).isEqualTo("Seven");

        JsonNode ping = paired.device()
                .post("/api/v1/devices/ping", "{\"firmwareVersion\": \"1.0.0\"}")
                .json();
        assertThat(ping.get("name").asString()).isEqualTo("Window desk");
        assertThat(ping.get("wantedFirmwareVersion").asString()).isEqualTo("1.1.0");
        assertThat(ping.get("updateWanted").asBoolean()).isTrue();
        assertThat(ping.get("pingAfterSeconds").asInt()).isPositive();

        JsonNode updated = paired.device()
                .post("/api/v1/devices/ping", "{\"firmwareVersion\": \"1.1.0\"}")
                .json();
        assertThat(updated.get("updateWanted").asBoolean()).isFalse();
        JsonNode listed = paired.teacher().get("/api/v1/controllers").json().get(0);
        assertThat(listed.get("firmwareVersion").asString()).isEqualTo("1.1.0");
        assertThat(listed.get("wantedFirmwareVersion").asString()).isEqualTo("1.1.0");

        // An empty wish removes it.
        paired.teacher()
                .send("PATCH", "/api/v1/controllers/" + paired.id(), "{\"wantedFirmwareVersion\": \"\"}", Map.of());
        assertThat(paired.device().post("/api/v1/devices/ping", "{}").json().has("wantedFirmwareVersion"))
                .isFalse();
    }

    @Test
    void anUnknownSecretIsRefusedClearly() {
        var device = new SimulatedController(api.baseUrl());

        var none = device.post("/api/v1/devices/ping", "{}");
        device.secret("AAAAAAAAAAAAAAAAAAAAAAAA");
        var wrong = device.post("/api/v1/devices/ping", "{}");
        var join = device.post("/api/v1/devices/join", "{\"pin\": \"123456\"}");

        for (var response : List.of(none, wrong, join)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("controller_unknown");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:quizhall:problem:unauthenticated");
        }
    }

    @Test
    void aRevokedControllerCanNeitherPingNorJoinNorChange() {
        var paired = pair("Old box", "Old");
        var other = accounts.newUser();
        assertThat(other.post("/api/v1/controllers/" + paired.id() + "/revoke", "{}")
                        .status())
                .as("someone else's controller")
                .isEqualTo(404);
        assertThat(other.get("/api/v1/controllers").json().size()).isZero();

        var revoked = paired.teacher().post("/api/v1/controllers/" + paired.id() + "/revoke", "{}");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("revoked");

        var ping = paired.device().post("/api/v1/devices/ping", "{}");
        assertThat(ping.status()).isEqualTo(403);
        assertThat(ping.json().get("code").asString()).isEqualTo("controller_revoked");
        var join = paired.device().post("/api/v1/devices/join", "{\"pin\": \"123456\"}");
        assertThat(join.status()).isEqualTo(403);
        assertThat(join.json().get("code").asString()).isEqualTo("controller_revoked");
        var rename =
                paired.teacher().send("PATCH", "/api/v1/controllers/" + paired.id(), "{\"name\": \"New\"}", Map.of());
        assertThat(rename.status()).isEqualTo(409);
        assertThat(paired.teacher()
                        .get("/api/v1/controllers")
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("revoked");
    }

    @Test
    void revokingAControllerTakesItOutOfTheGameItPlays() {
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameFixtures.everyKind(), "");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        var paired = pair(game.host(), "Desk 3", "Green Box");
        JsonNode seat = paired.device()
                .post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(game.pin()))
                .json();
        paired.device().play(seat);
        GameFixtures.hostAction(game, "next");
        JsonNode opened = paired.device().next(".question");

        var revoked = game.host().post("/api/v1/controllers/" + paired.id() + "/revoke", "{}");
        assertThat(revoked.status()).isEqualTo(200);

        // Told why on its error queue, then its connection ends; the host sees it leave.
        assertThat(paired.device().next("/queue/errors").get("code").asString()).isEqualTo("controller_revoked");
        JsonNode left = game.stomp().next("/user/queue/host").json();
        for (int i = 0; i < 20 && !left.has("playerId"); i++) {
            left = game.stomp().next("/user/queue/host").json();
        }
        assertThat(left.get("nickname").asString()).isEqualTo("Green Box");
        try (var again = RawStompClient.open(api.baseUrl())
                .connect(Map.of("player-token", seat.get("token").asString()))) {
            assertThat(again.next("ERROR", Duration.ofSeconds(10))).contains("kicked");
        }
        assertThat(opened.get("index").asInt()).isZero();
        // Ada plays on.
        ada.stomp().send("/app/games/" + game.gameId() + "/answer", "{\"question\": 0, \"answer\": 0}");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("repeat").asBoolean())
                .isFalse();
        paired.device().close();
        ada.stomp().close();
        game.stomp().close();
    }

    @Test
    void aControllerIsRateLimited() {
        var paired = pair("Busy", "Busy");
        int ok = 0;
        Api.Response last = null;
        for (int i = 0; i < 40; i++) {
            last = paired.device().post("/api/v1/devices/ping", "{}");
            if (last.status() == 200) {
                ok++;
            } else {
                break;
            }
        }
        // The pairing's collect is not counted; pings are, 30 a minute by default.
        assertThat(ok).isEqualTo(30);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void aControllerJoinsAGameByPinAndAnswersExactlyOnceScoredLikeAnyPlayer() {
        clock.freeze();
        List<Question> questions = List.of(
                new Question.Abcd(
                        "Largest planet?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Choice("Jupiter", true, null),
                                new Question.Choice("Mars", false, null),
                                new Question.Choice("Venus", false, null))),
                new Question.Text("Symbol of gold?", 20, null, false, List.of(new Question.TextAnswer("Au", false))),
                new Question.Voting(
                        "Next topic?",
                        20,
                        null,
                        false,
                        List.of(new Question.Option("Space", null, null), new Question.Option("Oceans", null, null))));
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), questions, "");
        var paired = pair("Desk 1", "Red Box");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");

        var joined = paired.device().post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(game.pin()));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        JsonNode seat = joined.json();
        assertThat(seat.get("nickname").asString()).isEqualTo("Red Box");
        assertThat(seat.get("gameId").asString()).isEqualTo(game.gameId().toString());
        paired.device().play(seat);

        // The host sees a controller among the players.
        JsonNode hostView = game.host().get("/api/v1/games/" + game.gameId()).json();
        JsonNode redBox = hostView.get("players")
                .valueStream()
                .filter(player -> player.get("nickname").asString().equals("Red Box"))
                .findFirst()
                .orElseThrow();
        assertThat(redBox.get("controller").asBoolean()).isTrue();
        assertThat(hostView.get("players")
                        .valueStream()
                        .filter(player -> player.get("nickname").asString().equals("Ada"))
                        .findFirst()
                        .orElseThrow()
                        .has("controller"))
                .isFalse();

        // ABCD: both press the right option 2 s after it opened; the controller presses twice.
        GameFixtures.hostAction(game, "next");
        JsonNode opened = paired.device().next(".question");
        ada.stomp().next("/topic/games." + game.gameId() + ".question");
        assertThat(opened.get("type").asString()).isEqualTo("ABCD");
        int jupiter = GameFixtures.idsOf(opened, "Jupiter").get(0);
        int button = 0;
        while (opened.get("choices").get(button).get("id").asInt() != jupiter) {
            button++;
        }
        clock.advance(Duration.ofSeconds(2));
        paired.device().press(seat, opened, button);
        JsonNode ack = paired.device().next("/queue/ack");
        assertThat(ack.get("repeat").asBoolean()).isFalse();
        assertThat(ack.get("elapsedMs").asLong()).isEqualTo(2000);
        paired.device().press(seat, opened, (button + 1) % 3);
        JsonNode repeat = paired.device().next("/queue/ack");
        assertThat(repeat.get("repeat").asBoolean())
                .as("the first answer stands")
                .isTrue();
        ada.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/answer",
                        "{\"question\": 0, \"answer\": %d}".formatted(jupiter));
        ada.stomp().next("/user/queue/ack");

        JsonNode closed = paired.device().next(".results");
        assertThat(closed.get("answered").asInt()).isEqualTo(2);
        JsonNode deviceResult = paired.device().next("/queue/result");
        JsonNode adaResult = ada.stomp().next("/user/queue/result").json();
        assertThat(deviceResult.get("right").asBoolean()).isTrue();
        assertThat(deviceResult.get("points").asInt())
                .isEqualTo(950)
                .isEqualTo(adaResult.get("points").asInt());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM controller WHERE id = ? AND last_seen IS NOT NULL",
                        Integer.class,
                        paired.id()))
                .isEqualTo(1);

        // TEXT: the controller cannot answer it; the host closes the question.
        GameFixtures.hostAction(game, "next");
        assertThat(paired.device().next(".question").get("type").asString()).isEqualTo("TEXT");
        GameFixtures.hostAction(game, "close");
        paired.device().next(".results");
        assertThat(paired.device().next("/queue/result").get("answered").asBoolean())
                .isFalse();

        // VOTING: buttons vote too.
        GameFixtures.hostAction(game, "next");
        JsonNode vote = paired.device().next(".question");
        paired.device().press(seat, vote, 1);
        assertThat(paired.device().next("/queue/ack").get("repeat").asBoolean()).isFalse();

        // A restarted device joins again and is the same player with a new token; the old token is dead.
        var rejoined = paired.device().post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(game.pin()));
        assertThat(rejoined.status()).as(rejoined.body()).isEqualTo(201);
        assertThat(rejoined.json().get("playerId").asString())
                .isEqualTo(seat.get("playerId").asString());
        assertThat(rejoined.json().get("token").asString())
                .isNotEqualTo(seat.get("token").asString());
        try (var old = RawStompClient.open(api.baseUrl())
                .connect(Map.of("player-token", seat.get("token").asString()))) {
            assertThat(old.next("ERROR", Duration.ofSeconds(10))).contains("invalid_token");
        }
        // Someone else cannot take the controller's name, nor the controller someone else's.
        var impostor = api.post(
                "/api/v1/games/pin/" + game.pin() + "/join", "application/json", "{\"nickname\": \"red box\"}");
        assertThat(impostor.status()).isEqualTo(409);

        GameFixtures.hostAction(game, "end");
        ada.stomp().next("/topic/games." + game.gameId() + ".ended");
        JsonNode result = game.host().get("/api/v1/results/" + game.gameId()).json();
        assertThat(result.get("playerScores").get("Red Box").asInt())
                .isEqualTo(result.get("playerScores").get("Ada").asInt())
                .isEqualTo(950);
        paired.device().close();
        ada.stomp().close();
        game.stomp().close();
    }

    @Test
    void aControllerWhosePlayerNameIsTakenIsToldSo() {
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameFixtures.everyKind(), "");
        var ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        var paired = pair("Desk 2", "ADA");

        var joined = paired.device().post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(game.pin()));

        assertThat(joined.status()).isEqualTo(409);
        assertThat(joined.json().get("code").asString()).isEqualTo("nickname_taken");
        var unknownGame = paired.device().post("/api/v1/devices/join", "{\"pin\": \"000000\"}");
        assertThat(unknownGame.status()).isEqualTo(404);
        assertThat(unknownGame.json().get("code").asString()).isEqualTo("game_not_found");
        ada.stomp().close();
        game.stomp().close();
    }

    @Test
    void twoTeachersEnteringTheSameCodeAtOnceAddOneController() throws Exception {
        var device = new SimulatedController(api.baseUrl());
        String code = device.post("/api/v1/devices/setup", "{}")
                .json()
                .get("setupCode")
                .asString();
        var teachers = List.of(accounts.newUser(), accounts.newUser(), accounts.newUser(), accounts.newUser());
        teachers.forEach(teacher -> teacher.get("/api/v1/auth/csrf"));
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(teachers.size());
        try {
            var statuses = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (var teacher : teachers) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return teacher.post(
                                    "/api/v1/controllers",
                                    "{\"setupCode\": \"%s\", \"name\": \"Race\", \"playerName\": \"Race\"}"
                                            .formatted(code))
                            .status();
                }));
            }
            start.countDown();
            var results = new ArrayList<Integer>();
            for (var status : statuses) {
                results.add(status.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsOnly(201, 404);
            assertThat(results).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        int added = 0;
        for (var teacher : teachers) {
            added += teacher.get("/api/v1/controllers").json().size();
        }
        assertThat(added).isEqualTo(1);
    }

    @Test
    void buttonsPressedManyTimesInARowCountOnce() {
        var game = GameFixtures.host(
                accounts,
                jdbc,
                api.baseUrl(),
                List.of(new Question.Abcd(
                        "Largest planet?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Choice("Jupiter", true, null),
                                new Question.Choice("Mars", false, null),
                                new Question.Choice("Venus", false, null),
                                new Question.Choice("Pluto", false, null)))),
                "");
        var paired = pair("Masher", "Masher");
        var other = GameFixtures.join(api, api.baseUrl(), game, "Calm");
        JsonNode seat = paired.device()
                .post("/api/v1/devices/join", "{\"pin\": \"%s\"}".formatted(game.pin()))
                .json();
        paired.device().play(seat);
        GameFixtures.hostAction(game, "next");
        JsonNode opened = paired.device().next(".question");

        // Every button, twice, without waiting for an answer in between.
        for (int press = 0; press < 8; press++) {
            paired.device().press(seat, opened, press % 4);
        }
        var acks = new ArrayList<JsonNode>();
        for (int press = 0; press < 8; press++) {
            acks.add(paired.device().next("/queue/ack"));
        }

        assertThat(acks).filteredOn(ack -> !ack.get("repeat").asBoolean()).hasSize(1);
        assertThat(acks.stream().map(ack -> ack.get("elapsedMs").asLong()).distinct())
                .as("every repeat acknowledges the first answer")
                .hasSize(1);
        JsonNode host = game.stomp().next("/user/queue/host").json();
        for (int i = 0; i < 20 && !(host.has("answered") && host.get("answered").asInt() == 1); i++) {
            host = game.stomp().next("/user/queue/host").json();
        }
        assertThat(host.get("answered").asInt()).isEqualTo(1);
        GameFixtures.hostAction(game, "close");
        JsonNode closed = paired.device().next(".results");
        assertThat(closed.get("answered").asInt()).isEqualTo(1);
        JsonNode result = paired.device().next("/queue/result");
        assertThat(result.get("right").asBoolean())
                .as("the first press decides")
                .isEqualTo(opened.get("choices").get(0).get("answer").asString().equals("Jupiter"));
        paired.device().close();
        other.stomp().close();
        game.stomp().close();
    }
}
