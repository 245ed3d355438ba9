package io.quizhall.game;

import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.StompClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hosts games and joins players through the public API, the way the web client does. */
public final class GameFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Secrets that must never reach a player before their question closes. */
    public static final List<String> SECRETS = List.of(
            "Aurum-secret",
            "gold-secret",
            "minCorrect",
            "maxCorrect",
            "\"right\"",
            "solution",
            "accepted",
            "caseSensitive");

    private GameFixtures() {}

    /** One question of every kind, with distinctive accepted TEXT answers so leaks are easy to spot. */
    public static List<Question> everyKind() {
        return List.of(
                new Question.Abcd(
                        "Largest planet?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Choice("Jupiter", true, null),
                                new Question.Choice("Mars", false, null),
                                new Question.Choice("Venus", false, null))),
                new Question.Check(
                        "Prime numbers?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Choice("2", true, null),
                                new Question.Choice("4", false, null),
                                new Question.Choice("7", true, null))),
                new Question.Range(
                        "Year the Wall fell?", 20, null, false, new Question.RangeAnswer(1900, 2000, 1988, 1990)),
                new Question.Voting(
                        "Next topic?",
                        20,
                        null,
                        false,
                        List.of(new Question.Option("Space", null, null), new Question.Option("Oceans", null, null))),
                new Question.Order(
                        "Smallest first",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.Option("Atom", null, null),
                                new Question.Option("Cell", null, null),
                                new Question.Option("Planet", null, null))),
                new Question.Text(
                        "Symbol of gold, secretly?",
                        20,
                        null,
                        false,
                        List.of(
                                new Question.TextAnswer("Aurum-secret", true),
                                new Question.TextAnswer("gold-secret", false))),
                new Question.Slide("Break", 10, null, false));
    }

    public static UUID quiz(JdbcTemplate jdbc, UUID owner, List<Question> questions) {
        UUID id = UUID.randomUUID();
        String json = JSON.writerFor(new TypeReference<List<Question>>() {}).writeValueAsString(questions);
        jdbc.update(
                "INSERT INTO quiz (id, user_id, title, description, questions) VALUES (?, ?, 'Live quiz', 'For tests', ?::jsonb)",
                id,
                owner,
                json);
        return id;
    }

    public record Hosted(UUID gameId, String pin, Accounts.SignedIn host, StompClient stomp) {}

    public static Hosted host(
            Accounts accounts, JdbcTemplate jdbc, String baseUrl, List<Question> questions, String options) {
        var host = accounts.newUser();
        UUID quiz = quiz(jdbc, host.user().id(), questions);
        var created = host.post("/api/v1/games", "{\"quizId\": \"%s\"%s}".formatted(quiz, options));
        if (created.status() != 201) {
            throw new IllegalStateException("Game creation failed: " + created.body());
        }
        UUID gameId = UUID.fromString(created.json().get("gameId").asString());
        String pin = created.json().get("pin").asString();
        var stomp = StompClient.host(baseUrl, host.cookie("qh_session").orElseThrow());
        subscribeAll(stomp, gameId);
        stomp.subscribe("/user/queue/host");
        stomp.sync(gameId);
        return new Hosted(gameId, pin, host, stomp);
    }

    public record Player(UUID playerId, String nickname, String token, StompClient stomp) {}

    public static Player join(Api api, String baseUrl, Hosted game, String nickname) {
        var joined = api.post(
                "/api/v1/games/pin/" + game.pin() + "/join",
                "application/json",
                "{\"nickname\": \"%s\"}".formatted(nickname));
        if (joined.status() != 201) {
            throw new IllegalStateException("Join failed: " + joined.body());
        }
        String token = joined.json().get("token").asString();
        var stomp = StompClient.player(baseUrl, token);
        subscribeAll(stomp, game.gameId());
        stomp.sync(game.gameId());
        return new Player(UUID.fromString(joined.json().get("playerId").asString()), nickname, token, stomp);
    }

    public static void subscribeAll(StompClient stomp, UUID gameId) {
        for (String topic : List.of("question", "results", "leaderboard", "ended", "lobby", "clock")) {
            stomp.subscribe("/topic/games." + gameId + "." + topic);
        }
        for (String queue : List.of("ack", "result", "final", "errors")) {
            stomp.subscribe("/user/queue/" + queue);
        }
    }

    public static void hostAction(Hosted game, String action) {
        game.stomp().send("/app/games/" + game.gameId() + "/host/" + action, "{}");
    }

    /** The choice ids of a QuestionOpened frame in the order of the given texts. */
    public static List<Integer> idsOf(JsonNode opened, String... texts) {
        var ids = new ArrayList<Integer>();
        for (String text : texts) {
            for (JsonNode choice : opened.get("choices")) {
                if (choice.get("answer").asString().equals(text)) {
                    ids.add(choice.get("id").asInt());
                }
            }
        }
        return ids;
    }
}
