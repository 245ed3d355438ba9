package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.RawStompClient;
import io.quizhall.support.StompClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the server treats connections: it tells a client why before it ends a connection, drops clients that never
 * finish CONNECT or send no heartbeats, ends a host's connection with the sign-in, and answers any bad frame with
 * a documented ERROR text only.
 */
@IntegrationTest
class ConnectionRulesTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    final List<AutoCloseable> clients = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
    }

    @Test
    void aKickedPlayerIsToldWhyBeforeTheConnectionEndsEveryTime() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        // The reason once raced the ERROR frame on two threads and lost about one time in five.
        for (int round = 0; round < 20; round++) {
            Player player = track(GameFixtures.join(api, api.baseUrl(), game, "Kick" + round));
            game.stomp()
                    .send(
                            "/app/games/" + game.gameId() + "/host/kick",
                            "{\"playerId\": \"%s\"}".formatted(player.playerId()));
            var reason = player.stomp().next("/user/queue/errors").json();
            assertThat(reason.get("code").asString()).as("round " + round).isEqualTo("kicked");
            var error = player.stomp().next("ERROR");
            assertThat(error.body()).startsWith("kicked: ");
            List<String> order = player.stomp().frames().stream()
                    .map(StompClient.Frame::destination)
                    .filter(destination -> destination.equals("ERROR") || destination.equals("/user/queue/errors"))
                    .toList();
            assertThat(order).as("round " + round).containsExactly("/user/queue/errors", "ERROR");
            await().atMost(Duration.ofSeconds(5)).until(() -> !player.stomp().isConnected());
        }
    }

    @Test
    void aConnectionWithoutACompleteConnectIsClosedWithinSeconds() {
        var silent = track(RawStompClient.open(api.baseUrl()));
        var halfConnect = track(RawStompClient.open(api.baseUrl()));
        halfConnect.send("CONNECT\naccept-version:1.2\nheart-beat:10000,10000\n");

        assertThat(silent.awaitClose(Duration.ofSeconds(15)).getCode()).isEqualTo(1008);
        assertThat(halfConnect.awaitClose(Duration.ofSeconds(15)).getCode()).isEqualTo(1008);
    }

    @Test
    void aClientThatDeclinesHeartbeatsIsRefusedAtConnect() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        String token = join(game, "Quiet");
        var quiet = track(RawStompClient.open(api.baseUrl()));
        quiet.connect(Map.of("heart-beat", "0,0", "player-token", token));

        String error = quiet.next("ERROR", Duration.ofSeconds(5));
        assertThat(RawStompClient.header(error, "message")).startsWith("heartbeat_required: ");
        quiet.awaitClose(Duration.ofSeconds(5));

        var polite = track(RawStompClient.open(api.baseUrl()));
        polite.connect(Map.of("player-token", token));
        String connected = polite.next(Duration.ofSeconds(5));
        assertThat(connected).startsWith("CONNECTED\n");
        assertThat(RawStompClient.header(connected, "heart-beat")).isEqualTo("10000,10000");
    }

    @Test
    void badFramesGetOnlyDocumentedErrorTexts() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        String token = join(game, "Garbage");
        List<String> frames = List.of(
                "GARBAGE\n\n\0",
                RawStompClient.frame("SEND", Map.of("destination", "/app/games/x/sync"), "{}"),
                "SEND\ndestination:/app\\q\n\n\0");
        for (String bad : frames) {
            var client = track(RawStompClient.open(api.baseUrl()));
            client.send(bad);
            String error = client.next("ERROR", Duration.ofSeconds(5));
            String message = RawStompClient.header(error, "message");
            assertThat(message).as(bad).matches("^(invalid_frame|not_connected): [A-Z].*");
            assertThat(RawStompClient.body(error)).isEqualTo(message);
            assertThat(error).doesNotContain("Exception", "enum", "org.springframework", "Unknown session");
        }
        var connected = track(RawStompClient.open(api.baseUrl()));
        connected.connect(Map.of("player-token", token));
        connected.next("CONNECTED", Duration.ofSeconds(5));
        connected.send("GARBAGE\n\n\0");
        // While another thread still finishes writing CONNECTED, Spring's session decorator queues this ERROR for
        // that thread; the close after it used to drop it (docs/performance.md, "An ERROR frame lost to the close
        // that follows it"; fixed by StompConnections). The wait also covers a frame held back until a heartbeat.
        assertThat(RawStompClient.header(connected.next("ERROR", Duration.ofSeconds(25)), "message"))
                .startsWith("invalid_frame: ");
    }

    @Test
    void framesLongerThanTheConnectionBufferArriveWholeUpToTheLimit() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        var client = track(RawStompClient.open(api.baseUrl()));
        client.connect(Map.of("player-token", join(game, "Long")));
        client.next("CONNECTED", Duration.ofSeconds(5));
        client.send(RawStompClient.frame("SUBSCRIBE", Map.of("id", "s", "destination", "/user/queue/state"), ""));
        // 12 KB in one WebSocket frame, twelve times the server's 1 KB text buffer: Tomcat hands it over in pieces,
        // cut between characters (the emoji are two chars each, the é two bytes), and the STOMP decoder joins them.
        String padding = "é🎉x".repeat(1_500);
        client.send(RawStompClient.frame(
                "SEND", Map.of("destination", "/app/games/" + game.gameId() + "/sync", "x-padding", padding), ""));
        String state = client.next("MESSAGE", Duration.ofSeconds(5));
        assertThat(RawStompClient.header(state, "destination")).isEqualTo("/user/queue/state");

        client.send(RawStompClient.frame(
                "SEND", Map.of("destination", "/app/games/" + game.gameId() + "/sync"), "x".repeat(17_000)));
        String error = client.next("ERROR", Duration.ofSeconds(5));
        assertThat(RawStompClient.header(error, "message"))
                .isEqualTo("frame_too_large: A frame may have at most 16384 bytes.");
        assertThat(client.awaitClose(Duration.ofSeconds(5))).isNotNull();
    }

    @Test
    void signingOutEverywhereEndsTheHostConnectionAndItsActions() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        Player ada = track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        // A second connection of the same sign-in, made by hand, to see the close itself.
        var second = track(RawStompClient.openAsHost(
                api.baseUrl(), game.host().cookie("qh_session").orElseThrow()));
        second.connect(Map.of());
        second.next("CONNECTED", Duration.ofSeconds(5));

        assertThat(game.host().post("/api/v1/auth/logout-everywhere", "{}").status())
                .isEqualTo(204);

        var reason = game.stomp().next("/user/queue/errors").json();
        assertThat(reason.get("code").asString()).isEqualTo("unauthenticated");
        assertThat(game.stomp().next("ERROR").body()).startsWith("unauthenticated: ");
        assertThat(RawStompClient.header(second.next("ERROR", Duration.ofSeconds(5)), "message"))
                .startsWith("unauthenticated: ");
        second.awaitClose(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> !game.stomp().isConnected());
        assertThat(ada.stomp().isConnected()).as("players stay").isTrue();
    }

    @Test
    void aHostActionAfterTheSignInEndedIsRefusedEvenIfTheConnectionSurvived() {
        Hosted game = track(GameFixtures.host(accounts, jdbc, api.baseUrl(), GameRulesTests.TWO_QUESTIONS, ""));
        track(GameFixtures.join(api, api.baseUrl(), game, "Ada"));
        // Another node's revocation does not reach this node's connections without the fan-out: the session is
        // deleted behind the server's back here, as if that had happened.
        jdbc.update(
                "DELETE FROM user_sessions WHERE user_id = ?",
                game.host().user().id());

        hostAction(game, "next");

        assertThat(game.stomp().next("ERROR").body()).startsWith("unauthenticated: ");
    }

    private String join(Hosted game, String nickname) {
        var joined = api.post(
                "/api/v1/games/pin/" + game.pin() + "/join",
                "application/json",
                "{\"nickname\": \"%s\"}".formatted(nickname));
        return joined.json().get("token").asString();
    }

    private Hosted track(Hosted game) {
        clients.add(game.stomp());
        return game;
    }

    private Player track(Player player) {
        clients.add(player.stomp());
        return player;
    }

    private RawStompClient track(RawStompClient client) {
        clients.add(client);
        return client;
    }
}
