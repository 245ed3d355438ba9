package io.quizhall.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.game.GameFixtures;
import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.StompClient;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A game played through STOMP, then exported: the xlsx read back with a reader library and the CSVs parsed, each
 * checked cell by cell against the stored result. One player typed a formula; it must arrive as text.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultExportTests {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private Accounts.SignedIn host;
    private UUID gameId;
    private JsonNode stored;

    @BeforeAll
    void playAGame() {
        List<Question> questions = List.of(
                new Question.Abcd(
                        "Largest planet?",
                        20,
                        null,
                        false,
                        List.of(new Question.Choice("Jupiter", true, null), new Question.Choice("Mars", false, null))),
                new Question.Text("Symbol of gold?", 20, null, false, List.of(new Question.TextAnswer("Au", false))));
        var game = GameFixtures.host(accounts, jdbc, api.baseUrl(), questions, ", \"customField\": \"Student number\"");
        host = game.host();
        gameId = game.gameId();
        var ada = join(game, "Ada", "S-1");
        var bob = join(game, "Bob", "+S-2");
        var players = List.of(ada, bob);
        answer(game, players, Map.of(ada, "0", bob, "1"));
        answer(
                game,
                players,
                Map.of(ada, "\"au\"", bob, new tools.jackson.databind.json.JsonMapper().writeValueAsString(FORMULA)));
        GameFixtures.hostAction(game, "end");
        ada.stomp().next("/topic/games." + gameId + ".ended");
        players.forEach(player -> player.stomp().close());
        game.stomp().close();
        var result = host.get("/api/v1/results/" + gameId);
        assertThat(result.status()).isEqualTo(200);
        stored = result.json();
        assertThat(stored.get("answers").size()).isEqualTo(4);
    }

    @Test
    void theWorkbookHoldsTheStoredResultCellByCell() throws Exception {
        var response = host.getBytes("/api/v1/results/" + gameId + "/export.xlsx", Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().getFirst("Content-Disposition"))
                .contains("attachment")
                .contains("result-" + gameId + "-xlsx");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("Summary", "Players", "Questions", "Q1", "Q2");

            List<Row> summary = workbook.findSheet("Summary").orElseThrow().read();
            assertThat(summary.get(0).getCellText(1))
                    .isEqualTo(stored.get("title").asString());
            assertThat(summary.get(2).getCellAsNumber(1)).contains(BigDecimal.valueOf(2));
            double average = stored.get("players")
                    .valueStream()
                    .mapToInt(p -> p.get("score").asInt())
                    .average()
                    .orElseThrow();
            assertThat(summary.get(3).getCellAsNumber(1).orElseThrow().doubleValue())
                    .isEqualTo(average);

            List<Row> players = workbook.findSheet("Players").orElseThrow().read();
            assertThat(texts(players.get(0)))
                    .containsExactly("Rank", "Nickname", "Student number", "Score", "Right answers");
            assertThat(players).hasSize(3);
            for (int i = 0; i < 2; i++) {
                JsonNode player = stored.get("players").get(i);
                Row row = players.get(i + 1);
                assertThat(row.getCellAsNumber(0).orElseThrow().intValue())
                        .isEqualTo(player.get("rank").asInt());
                assertThat(row.getCellText(1)).isEqualTo(player.get("nickname").asString());
                assertThat(row.getCellText(2))
                        .isEqualTo(
                                player.get("customField").asString().startsWith("+")
                                        ? "'" + player.get("customField").asString()
                                        : player.get("customField").asString());
                assertThat(row.getCellAsNumber(3).orElseThrow().intValue())
                        .isEqualTo(player.get("score").asInt());
            }

            List<Row> questionsSheet =
                    workbook.findSheet("Questions").orElseThrow().read();
            assertThat(questionsSheet.get(1).getCellText(1)).isEqualTo("Largest planet?");
            assertThat(questionsSheet.get(1).getCellAsNumber(3)).contains(BigDecimal.valueOf(2));
            assertThat(questionsSheet.get(1).getCellAsNumber(4)).contains(BigDecimal.valueOf(1));
            assertThat(questionsSheet.get(1).getCellAsNumber(5)).contains(BigDecimal.valueOf(50));

            for (int q = 0; q < 2; q++) {
                List<Row> rows = workbook.findSheet("Q" + (q + 1)).orElseThrow().read();
                assertThat(rows.get(0).getCellText(0))
                        .isEqualTo(stored.at("/questions/" + q + "/question").asString());
                int index = q;
                List<JsonNode> answers = stored.get("answers")
                        .valueStream()
                        .filter(a -> a.get("question").asInt() == index)
                        .sorted(java.util.Comparator.comparing(
                                a -> a.get("username").asString()))
                        .toList();
                assertThat(rows).hasSize(2 + answers.size());
                for (int a = 0; a < answers.size(); a++) {
                    JsonNode answer = answers.get(a);
                    Row row = rows.get(a + 2);
                    assertThat(row.getCellText(0))
                            .isEqualTo(answer.get("username").asString());
                    String text = answer.get("answer").asString();
                    assertThat(row.getCellText(2)).isEqualTo(text.startsWith("=") ? "'" + text : text);
                    assertThat(row.getCell(2).getType()).isEqualTo(CellType.STRING);
                    assertThat(row.getCellText(3)).isEqualTo(answer.get("right").asBoolean() ? "yes" : "no");
                    assertThat(row.getCellAsNumber(4).orElseThrow().doubleValue())
                            .isEqualTo(answer.get("timeTakenMs").asLong() / 1000.0);
                    assertThat(row.getCellAsNumber(5).orElseThrow().intValue())
                            .isEqualTo(answer.get("score").asInt());
                }
            }
            List<Row> text = workbook.findSheet("Q2").orElseThrow().read();
            assertThat(text.stream().map(row -> row.getCellText(2))).contains("'" + FORMULA);
        }
    }

    @Test
    void theCsvFilesHoldTheStoredResultWithFormulasNeutralised() {
        var players = host.getBytes("/api/v1/results/" + gameId + "/players.csv", Map.of());
        assertThat(players.status()).isEqualTo(200);
        assertThat(players.headers().getContentType().toString()).startsWith("text/csv");
        List<List<String>> playerRows = parse(players.body());
        assertThat(playerRows.get(0)).containsExactly("rank", "nickname", "Student number", "score", "right answers");
        assertThat(playerRows.get(1))
                .containsExactly(
                        "1", "Ada", "S-1", stored.at("/players/0/score").asString(), "2");
        assertThat(playerRows.get(2)).containsExactly("2", "Bob", "'+S-2", "0", "0");

        var answers = host.getBytes("/api/v1/results/" + gameId + "/answers.csv", Map.of());
        List<List<String>> answerRows = parse(answers.body());
        assertThat(answerRows).hasSize(1 + stored.get("answers").size());
        for (int i = 0; i < stored.get("answers").size(); i++) {
            JsonNode answer = stored.get("answers").get(i);
            List<String> row = answerRows.get(i + 1);
            assertThat(row.get(0))
                    .isEqualTo(Integer.toString(answer.get("question").asInt() + 1));
            assertThat(row.get(3)).isEqualTo(answer.get("username").asString());
            String text = answer.get("answer").asString();
            assertThat(row.get(5)).isEqualTo(text.startsWith("=") ? "'" + text : text);
            assertThat(row.get(6)).isEqualTo(answer.get("right").asBoolean() ? "yes" : "no");
            assertThat(row.get(8))
                    .isEqualTo(Integer.toString(answer.get("score").asInt()));
        }
        assertThat(answerRows.stream().map(row -> row.get(5))).contains("'" + FORMULA);
    }

    @Test
    void noOneElseDownloadsTheGame() {
        var other = accounts.newUser();
        for (String file : List.of("export.xlsx", "players.csv", "answers.csv")) {
            assertThat(other.getBytes("/api/v1/results/" + gameId + "/" + file, Map.of())
                            .status())
                    .isEqualTo(404);
        }
    }

    private GameFixtures.Player join(GameFixtures.Hosted game, String nickname, String customField) {
        var joined = api.post(
                "/api/v1/games/pin/" + game.pin() + "/join",
                "application/json",
                "{\"nickname\": \"%s\", \"customField\": \"%s\"}".formatted(nickname, customField));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        var stomp = StompClient.player(api.baseUrl(), joined.json().get("token").asString());
        GameFixtures.subscribeAll(stomp, game.gameId());
        stomp.sync(game.gameId());
        return new GameFixtures.Player(
                UUID.fromString(joined.json().get("playerId").asString()),
                nickname,
                joined.json().get("token").asString(),
                stomp);
    }

    private static void answer(
            GameFixtures.Hosted game, List<GameFixtures.Player> players, Map<GameFixtures.Player, String> answers) {
        GameFixtures.hostAction(game, "next");
        int index = -1;
        for (var player : players) {
            index = player.stomp()
                    .next("/topic/games." + game.gameId() + ".question")
                    .json()
                    .get("index")
                    .asInt();
        }
        for (var player : players) {
            player.stomp()
                    .send(
                            "/app/games/" + game.gameId() + "/answer",
                            "{\"question\": %d, \"answer\": %s}".formatted(index, answers.get(player)));
            player.stomp().next("/user/queue/ack");
        }
        players.get(0).stomp().next("/topic/games." + game.gameId() + ".results");
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(row.getCellText(i));
        }
        return texts;
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
