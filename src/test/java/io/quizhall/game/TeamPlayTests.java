package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import io.quizhall.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Team play over real STOMP, tested like classic play: three teams of different sizes ranked by the mean of their
 * members' scores, answers counted once, no solution before the close, a reconnect that keeps the team, kicks and
 * auto-balancing, and the stored result with its teams.
 */
@IntegrationTest
class TeamPlayTests {

    private static final String TEAMS = ", \"teams\": [\"Red\", \"Blue\", \"Green\"]";

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private final List<StompClient> clients = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.reset();
        clients.forEach(StompClient::close);
    }

    private Hosted host(String options) {
        Hosted game = GameFixtures.host(
                accounts,
                jdbc,
                api.baseUrl(),
                List.of(
                        GameFixtures.everyKind().get(0),
                        GameFixtures.everyKind().get(0)),
                options);
        clients.add(game.stomp());
        return game;
    }

    private Player join(Hosted game, String nickname, Integer team) {
        String body = team == null
                ? "{\"nickname\": \"%s\"}".formatted(nickname)
                : "{\"nickname\": \"%s\", \"team\": %d}".formatted(nickname, team);
        var joined = api.post("/api/v1/games/pin/" + game.pin() + "/join", "application/json", body);
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        String token = joined.json().get("token").asString();
        var stomp = StompClient.player(api.baseUrl(), token);
        clients.add(stomp);
        GameFixtures.subscribeAll(stomp, game.gameId());
        stomp.sync(game.gameId());
        var player = new Player(UUID.fromString(joined.json().get("playerId").asString()), nickname, token, stomp);
        if (team != null) {
            assertThat(joined.json().get("team").asInt()).isEqualTo(team);
        }
        return player;
    }

    @Test
    void threeTeamsOfDifferentSizesAreRankedByTheMeanOfTheirMembersScores() {
        clock.freeze();
        Hosted game = host(TEAMS + ", \"teamAssignment\": \"choose\"");
        JsonNode info = api.get("/api/v1/games/pin/" + game.pin()).json();
        assertThat(info.get("teams").toString()).isEqualTo("[\"Red\",\"Blue\",\"Green\"]");
        assertThat(info.get("teamAssignment").asString()).isEqualTo("choose");
        Player ada = join(game, "Ada", 0);
        Player bob = join(game, "Bob", 0);
        Player cy = join(game, "Cy", 1);
        Player dee = join(game, "Dee", 2);

        hostAction(game, "next");
        for (Player player : List.of(ada, bob, cy, dee)) {
            player.stomp().next(topic(game, "question"));
        }
        clock.advance(Duration.ofSeconds(2));
        answer(ada, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("repeat").asBoolean())
                .isFalse();
        // Sent again (a retry, another tab): acknowledged as a repeat, counted once.
        answer(ada, "0");
        assertThat(ada.stomp().next("/user/queue/ack").json().get("repeat").asBoolean())
                .isTrue();
        clock.advance(Duration.ofSeconds(2));
        answer(bob, "1");
        answer(cy, "0");
        bob.stomp().next("/user/queue/ack");
        cy.stomp().next("/user/queue/ack");
        // Nothing a player got before the close gives the solution away.
        for (StompClient.Frame frame : dee.stomp().frames()) {
            for (String secret : GameFixtures.SECRETS) {
                assertThat(frame.body()).as(frame.destination()).doesNotContain(secret);
            }
        }
        hostAction(game, "close");

        // Red: (950 + 0) / 2 = 475; Blue: 900; Green: Dee did not answer, 0.
        JsonNode closed = dee.stomp().next(topic(game, "results")).json();
        assertThat(standings(closed.get("teams"))).containsExactly("Blue=900#1/1", "Red=475#2/2", "Green=0#3/1");
        assertThat(closed.get("teams").get(0).has("players")).isFalse();
        JsonNode adaResult = ada.stomp().next("/user/queue/result").json();
        assertThat(adaResult.get("points").asInt()).isEqualTo(950);
        assertThat(adaResult.get("team").get("name").asString()).isEqualTo("Red");
        assertThat(adaResult.get("team").get("score").asInt()).isEqualTo(475);
        assertThat(adaResult.get("team").get("rank").asInt()).isEqualTo(2);

        // The leaderboard by team, with each member's contribution.
        hostAction(game, "leaderboard");
        JsonNode board = bob.stomp().next(topic(game, "leaderboard")).json();
        assertThat(standings(board.get("teams"))).containsExactly("Blue=900#1/1", "Red=475#2/2", "Green=0#3/1");
        assertThat(board.get("teams").get(1).get("players").toString())
                .isEqualTo("[{\"nickname\":\"Ada\",\"score\":950},{\"nickname\":\"Bob\",\"score\":0}]");

        // A reconnect keeps the team.
        bob.stomp().close();
        var again = StompClient.player(api.baseUrl(), bob.token());
        clients.add(again);
        GameFixtures.subscribeAll(again, game.gameId());
        JsonNode state = again.sync(game.gameId());
        assertThat(state.get("team").get("name").asString()).isEqualTo("Red");
        assertThat(state.get("score").asInt()).isZero();

        hostAction(game, "end");
        JsonNode ended = cy.stomp().next(topic(game, "ended")).json();
        assertThat(standings(ended.get("teams"))).containsExactly("Blue=900#1/1", "Red=475#2/2", "Green=0#3/1");
        JsonNode cyFinal = cy.stomp().next("/user/queue/final").json();
        assertThat(cyFinal.get("team").get("rank").asInt()).isEqualTo(1);

        JsonNode result = game.host().get("/api/v1/results/" + game.gameId()).json();
        assertThat(result.get("mode").asString()).isEqualTo("team");
        assertThat(result.get("teams").size()).isEqualTo(3);
        assertThat(result.get("teams").get(0).get("name").asString()).isEqualTo("Blue");
        assertThat(result.get("teams").get(0).get("score").asInt()).isEqualTo(900);
        assertThat(result.get("teams").get(0).get("members").get(0).asString())
                .isEqualTo(cy.playerId().toString());
        assertThat(result.get("teams").get(1).get("members").size()).isEqualTo(2);
        assertThat(result.get("playerScores").get("Ada").asInt()).isEqualTo(950);
    }

    @Test
    void withoutAChoiceTheServerBalancesTheTeamsAndAKickFreesAPlace() {
        Hosted game = host(TEAMS);
        assertThat(api.get("/api/v1/games/pin/" + game.pin())
                        .json()
                        .get("teamAssignment")
                        .asString())
                .isEqualTo("auto");
        List<Integer> teams = new ArrayList<>();
        List<Player> players = new ArrayList<>();
        for (String nickname : List.of("Ann", "Ben", "Cat", "Dan")) {
            var joined = api.post(
                    "/api/v1/games/pin/" + game.pin() + "/join",
                    "application/json",
                    "{\"nickname\": \"%s\", \"team\": 2}".formatted(nickname));
            assertThat(joined.status()).isEqualTo(201);
            teams.add(joined.json().get("team").asInt());
            players.add(new Player(
                    UUID.fromString(joined.json().get("playerId").asString()),
                    nickname,
                    joined.json().get("token").asString(),
                    null));
        }
        assertThat(teams)
                .as("a requested team is ignored: the smallest team first")
                .containsExactly(0, 1, 2, 0);

        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/kick",
                        "{\"playerId\": \"%s\"}".formatted(players.get(1).playerId()));
        JsonNode left;
        do {
            left = game.stomp().next("/user/queue/host").json();
        } while (!left.has("playerId"));
        assertThat(left.get("nickname").asString()).isEqualTo("Ben");
        var view = game.host().get("/api/v1/games/" + game.gameId()).json();
        assertThat(view.get("teams").size()).isEqualTo(3);
        assertThat(view.get("players").get(0).get("team").asInt()).isZero();
        var latecomer =
                api.post("/api/v1/games/pin/" + game.pin() + "/join", "application/json", "{\"nickname\": \"Eve\"}");
        assertThat(latecomer.json().get("team").asInt())
                .as("Ben's place in Blue is free again")
                .isEqualTo(1);
    }

    @Test
    void theHostMovesAPlayerToAnotherTeamAndTheTeamsCountsFollow() {
        Hosted game = host(TEAMS);
        Player ann = join(game, "Ann", null);
        Player ben = join(game, "Ben", null);
        Player cat = join(game, "Cat", null);

        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/team",
                        "{\"playerId\": \"%s\", \"team\": 0}".formatted(ben.playerId()));
        JsonNode moved;
        do {
            moved = game.stomp().next("/user/queue/host").json();
        } while (!moved.has("team"));
        assertThat(moved.get("playerId").asString()).isEqualTo(ben.playerId().toString());
        assertThat(moved.get("nickname").asString()).isEqualTo("Ben");
        assertThat(moved.get("team").asInt()).isZero();
        assertThat(ben.stomp()
                        .next("/user/queue/state")
                        .json()
                        .get("team")
                        .get("name")
                        .asString())
                .isEqualTo("Red");
        JsonNode view = game.host().get("/api/v1/games/" + game.gameId()).json();
        assertThat(view.get("players")
                        .valueStream()
                        .map(p -> p.get("nickname").asString() + "="
                                + p.get("team").asInt())
                        .toList())
                .containsExactly("Ann=0", "Ben=0", "Cat=2");
        var latecomer =
                api.post("/api/v1/games/pin/" + game.pin() + "/join", "application/json", "{\"nickname\": \"Dan\"}");
        assertThat(latecomer.json().get("team").asInt())
                .as("Blue lost its only member: the newcomer goes there")
                .isEqualTo(1);

        // The standings count the members where they are now.
        hostAction(game, "next");
        ann.stomp().next(topic(game, "question"));
        hostAction(game, "close");
        JsonNode closed = cat.stomp().next(topic(game, "results")).json();
        assertThat(closed.get("teams")
                        .valueStream()
                        .map(team -> team.get("name").asString() + "/"
                                + team.get("members").asInt())
                        .toList())
                .containsExactlyInAnyOrder("Red/2", "Blue/1", "Green/1");

        // No such team, no such player: refused with their codes; nothing moves.
        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/team",
                        "{\"playerId\": \"%s\", \"team\": 3}".formatted(ann.playerId()));
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_team");
        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/team",
                        "{\"playerId\": \"%s\", \"team\": 1}".formatted(UUID.randomUUID()));
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("not_in_game");
        assertThat(game.host()
                        .get("/api/v1/games/" + game.gameId())
                        .json()
                        .get("players")
                        .get(0)
                        .get("team")
                        .asInt())
                .isZero();
    }

    @Test
    void aGameWithoutTeamsHasNoTeamsToMoveTo() {
        Hosted game = GameFixtures.host(
                accounts, jdbc, api.baseUrl(), List.of(GameFixtures.everyKind().get(0)), "");
        clients.add(game.stomp());
        Player ann = join(game, "Ann", null);
        game.stomp()
                .send(
                        "/app/games/" + game.gameId() + "/host/team",
                        "{\"playerId\": \"%s\", \"team\": 0}".formatted(ann.playerId()));
        assertThat(game.stomp().next("/user/queue/errors").json().get("code").asString())
                .isEqualTo("invalid_action");
    }

    @Test
    void teamsAreCheckedWhenAGameIsCreatedAndWhenPlayersJoin() {
        var host = accounts.newUser();
        UUID quiz = GameFixtures.quiz(
                jdbc, host.user().id(), List.of(GameFixtures.everyKind().get(0)));
        for (String teams : List.of(
                "[\"Solo\"]",
                "[\"Red\", \"red\"]",
                "[\"Red\", \"   \"]",
                "[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\"]")) {
            var refused = host.post("/api/v1/games", "{\"quizId\": \"%s\", \"teams\": %s}".formatted(quiz, teams));
            assertThat(refused.status()).as(teams).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
        }
        Hosted game = host(TEAMS + ", \"teamAssignment\": \"choose\"");
        var noTeam =
                api.post("/api/v1/games/pin/" + game.pin() + "/join", "application/json", "{\"nickname\": \"Ann\"}");
        assertThat(noTeam.status()).isEqualTo(400);
        assertThat(noTeam.json().get("code").asString()).isEqualTo("team_required");
        var noSuchTeam = api.post(
                "/api/v1/games/pin/" + game.pin() + "/join",
                "application/json",
                "{\"nickname\": \"Ann\", \"team\": 3}");
        assertThat(noSuchTeam.status()).isEqualTo(400);
        assertThat(noSuchTeam.json().get("code").asString()).isEqualTo("invalid_team");
    }

    private static List<String> standings(JsonNode teams) {
        return teams.valueStream()
                .map(team -> team.get("name").asString() + "="
                        + team.get("score").asInt() + "#" + team.get("rank").asInt() + "/"
                        + team.get("members").asInt())
                .toList();
    }

    private static void answer(Player player, String value) {
        player.stomp()
                .send(
                        "/app/games/" + player.token().substring(0, 36) + "/answer",
                        "{\"question\": 0, \"answer\": %s}".formatted(value));
    }

    private static String topic(Hosted game, String name) {
        return "/topic/games." + game.gameId() + "." + name;
    }
}
