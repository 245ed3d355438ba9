package io.quizhall.game;

import static io.quizhall.game.GameFixtures.hostAction;
import static io.quizhall.game.GameFixtures.idsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures.Hosted;
import io.quizhall.game.GameFixtures.Player;
import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.QrCodes;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The host screen's REST helpers: the lobby's QR code and a closed question's results after a reload. */
@IntegrationTest
class HostScreenTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theQrCodeReadsBackAsTheJoinUrlAndOnlyTheHostGetsIt() throws Exception {
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), GameFixtures.everyKind(), "");
        String path = "/api/v1/games/" + game.gameId() + "/qr";

        var qr = game.host().getBytes(path, Map.of("Accept", "image/png"));
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.headers().getContentType()).hasToString("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(200, 600);
        String decoded = QrCodes.read(qr.body());
        assertThat(decoded).isEqualTo(api.baseUrl() + "/play?pin=" + game.pin());

        var someoneElse = accounts.newUser().get(path);
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(someoneElse.json().get("code").asString()).isEqualTo("game_not_found");
        assertThat(accounts.anonymous().get(path).status()).isEqualTo(401);
        game.stomp().close();
    }

    @Test
    void aClosedQuestionReadsBackAsItsHostSawItWhenItClosed() {
        var questions = new ArrayList<>(GameFixtures.everyKind());
        // Players don't see how everyone answered this one; its host does, then and after a reload.
        questions.set(
                0,
                new Question.Abcd(
                        "Largest planet?",
                        20,
                        null,
                        true,
                        List.of(
                                new Question.Choice("Jupiter", true, null),
                                new Question.Choice("Mars", false, null),
                                new Question.Choice("Venus", false, null))));
        Hosted game = GameFixtures.host(accounts, jdbc, api.baseUrl(), questions, ", \"randomizeAnswers\": true");
        Player ada = GameFixtures.join(api, api.baseUrl(), game, "Ada");
        Player bob = GameFixtures.join(api, api.baseUrl(), game, "Bob");
        assertThat(results(game, 0).json().get("code").asString()).isEqualTo("invalid_action");

        playAndCompare(game, ada, bob, opened -> {
            List<Integer> jupiterFirst = idsOf(opened, "Jupiter", "Mars");
            return List.of(jupiterFirst.get(0).toString(), jupiterFirst.get(1).toString());
        });
        playAndCompare(
                game,
                ada,
                bob,
                opened -> List.of(
                        idsOf(opened, "2", "7").toString(), idsOf(opened, "2").toString()));
        playAndCompare(game, ada, bob, opened -> List.of("1989", "1995"));
        playAndCompare(game, ada, bob, opened -> List.of("0", "1"));
        playAndCompare(
                game,
                ada,
                bob,
                opened -> List.of(
                        idsOf(opened, "Atom", "Cell", "Planet").toString(),
                        idsOf(opened, "Planet", "Cell", "Atom").toString()));
        playAndCompare(game, ada, bob, opened -> List.of("\"Aurum-secret\"", "\"Au\""));

        assertThat(results(game, 1).status()).isEqualTo(200);
        assertThat(accounts.newUser()
                        .get("/api/v1/games/" + game.gameId() + "/questions/1/results")
                        .status())
                .isEqualTo(404);
        assertThat(results(game, 99).status()).isEqualTo(409);
        assertThat(results(game, -1).status()).isEqualTo(409);
        // A skipped question reads back with nobody's answers.
        hostAction(game, "skip");
        game.stomp().sync(game.gameId());
        JsonNode skipped = results(game, 6).json();
        assertThat(skipped.at("/question/type").asString()).isEqualTo("SLIDE");
        assertThat(skipped.at("/results/answered").asInt()).isZero();

        hostAction(game, "end");
        game.stomp().next("/topic/games." + game.gameId() + ".ended");
        assertThat(results(game, 2).status())
                .as("after the end, while the keys live")
                .isEqualTo(200);
        List.of(ada, bob).forEach(player -> player.stomp().close());
        game.stomp().close();
    }

    @Test
    void theOpenApiDocumentDescribesBoth() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.at("/~1api~1v1~1games~1{id}~1qr/get/responses/200/content")
                        .has("image/png"))
                .isTrue();
        assertThat(paths.at("/~1api~1v1~1games~1{id}~1questions~1{index}~1results/get/responses/409")
                        .isObject())
                .isTrue();
    }

    private Api.Response results(Hosted game, int index) {
        return game.host().get("/api/v1/games/" + game.gameId() + "/questions/" + index + "/results");
    }

    /** Opens the next question, lets Ada and Bob answer, and compares the read-back with what closing sent. */
    private void playAndCompare(Hosted game, Player ada, Player bob, Function<JsonNode, List<String>> answers) {
        String topic = "/topic/games." + game.gameId() + ".";
        hostAction(game, "next");
        JsonNode opened = game.stomp().next(topic + "question").json();
        int index = opened.get("index").asInt();
        ada.stomp().next(topic + "question");
        bob.stomp().next(topic + "question");
        assertThat(results(game, index).status()).as("still open").isEqualTo(409);
        List<String> chosen = answers.apply(opened);
        for (int i = 0; i < 2; i++) {
            Player player = i == 0 ? ada : bob;
            player.stomp()
                    .send(
                            "/app/games/" + game.gameId() + "/answer",
                            "{\"question\": %d, \"answer\": %s}".formatted(index, chosen.get(i)));
            player.stomp().next("/user/queue/ack");
        }
        JsonNode closed = game.stomp().next(topic + "results").json();
        if (!closed.has("tallies")) {
            // Hidden from players: the host gets the tallies on its own queue.
            JsonNode forHost;
            do {
                forHost = game.stomp().next("/user/queue/host").json();
            } while (!forHost.has("solution"));
            closed = forHost;
        }
        JsonNode read = results(game, index).json();
        assertThat(read.get("results")).as("question %d", index).isEqualTo(closed);
        ObjectNode shown = (ObjectNode) opened.deepCopy();
        shown.remove(List.of("deadline", "serverTime", "opensAt"));
        assertThat(read.get("question")).isEqualTo(shown);
    }
}
