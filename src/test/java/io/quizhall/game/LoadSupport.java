package io.quizhall.game;

import io.quizhall.quiz.Question;
import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the load run needs from the game test fixtures, opened up for the {@code load} package. */
public final class LoadSupport {

    private LoadSupport() {}

    public record Game(GameFixtures.Hosted hosted) {
        public java.util.UUID gameId() {
            return hosted.gameId();
        }

        public String pin() {
            return hosted.pin();
        }
    }

    public static Game host(Accounts accounts, JdbcTemplate jdbc, String baseUrl, int questions) {
        var list = new ArrayList<Question>();
        for (int i = 0; i < questions; i++) {
            list.add(new Question.Abcd(
                    "Question " + i,
                    60,
                    null,
                    false,
                    List.of(new Question.Choice("right", true, null), new Question.Choice("wrong", false, null))));
        }
        return new Game(GameFixtures.host(accounts, jdbc, baseUrl, list, ""));
    }

    public static String join(Api api, String pin, String nickname) {
        var joined = api.post(
                "/api/v1/games/pin/" + pin + "/join", "application/json", "{\"nickname\": \"%s\"}".formatted(nickname));
        if (joined.status() != 201) {
            throw new IllegalStateException(joined.body());
        }
        return joined.json().get("token").asString();
    }

    public static void next(Game game) {
        GameFixtures.hostAction(game.hosted(), "next");
    }

    public static void awaitClosed(Game game, int index) {
        var closed = game.hosted()
                .stomp()
                .next("/topic/games." + game.gameId() + ".results", Duration.ofSeconds(60))
                .json();
        if (closed.get("index").asInt() != index) {
            throw new IllegalStateException("Unexpected close " + closed);
        }
    }
}
