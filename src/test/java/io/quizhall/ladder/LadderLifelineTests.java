package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Lifelines on the server: once each, 50:50 keeps the right option, the poll adds up and tells the truth. */
@IntegrationTest
class LadderLifelineTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LadderProperties properties;

    private LadderPlayer newPlayer() {
        return new LadderPlayer(accounts.newUser(), jdbc);
    }

    @Test
    void fiftyFiftyRemovesTwoWrongOptionsAndTheSameTwoWhenAskedAgain() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 1, 1);
        var player = newPlayer();
        JsonNode run = player.start(fixture.ladder());
        String code = run.get("code").asString();
        UUID right = player.right(run.get("question"));

        var first = player.lifeline(code, "fifty-fifty");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode question = first.json().get("question");
        List<String> removed = new ArrayList<>();
        question.get("removedOptionIds").forEach(id -> removed.add(id.asString()));
        assertThat(removed).hasSize(2).doesNotContain(right.toString());
        assertThat(question.get("options")).hasSize(2);
        assertThat(question.get("options").toString()).contains(right.toString());
        assertThat(first.body()).doesNotContain("correct");
        var again = player.lifeline(code, "fifty-fifty");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("question").get("removedOptionIds")).isEqualTo(question.get("removedOptionIds"));
        assertThat(again.json().get("lifelines").get(0).get("used").asBoolean()).isTrue();
        var removedAnswer = player.answer(code, 1, UUID.fromString(removed.get(0)));
        assertThat(removedAnswer.status()).isEqualTo(400);
        assertThat(removedAnswer.json().get("errors").get(0).get("field").asString())
                .isEqualTo("optionId");
    }

    @Test
    void fiftyFiftyNeverRemovesTheRightOption() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 1, 1);
        for (int i = 0; i < 6; i++) {
            var player = newPlayer();
            JsonNode run = player.start(fixture.ladder());
            UUID right = player.right(run.get("question"));
            JsonNode after =
                    player.lifeline(run.get("code").asString(), "fifty-fifty").json();
            assertThat(after.get("question").get("removedOptionIds").toString()).doesNotContain(right.toString());
        }
    }

    @Test
    void switchingAsksAnotherQuestionOfTheSameLevelOnce() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 2, 3);
        var player = newPlayer();
        JsonNode run = player.start(fixture.ladder());
        String code = run.get("code").asString();

        var switched = player.lifeline(code, "switch");

        assertThat(switched.status()).isEqualTo(200);
        JsonNode question = switched.json().get("question");
        assertThat(question.get("level").asInt()).isEqualTo(1);
        assertThat(question.get("questionId")).isNotEqualTo(run.get("question").get("questionId"));
        assertThat(question.get("difficulty").asString()).isEqualTo("EASY");
        var twice = player.lifeline(code, "switch");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("reason").asString()).isEqualTo("lifeline-used");
        // The switched-away question is not asked again in this run.
        JsonNode next = player.answerRight(switched.json());
        assertThat(next.get("question").get("questionId"))
                .isNotEqualTo(run.get("question").get("questionId"))
                .isNotEqualTo(question.get("questionId"));
    }

    @Test
    void theAudienceShowsTheRecordedChoicesAddingUpTo100() throws Exception {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 1, 1);
        int needed = properties.audienceMinAnswers();
        // Half right, then 30 %, 15 % and 5 % on the wrong options (of 20 answers).
        String[] picks = new String[needed];
        for (int i = 0; i < needed; i++) {
            int slot = i * 20 / needed;
            picks[i] = slot < 10 ? "Right" : slot < 16 ? "Wrong 1" : slot < 19 ? "Wrong 2" : "Wrong 3";
        }
        Map<String, UUID> byText = new HashMap<>();
        for (String pick : picks) {
            var player = newPlayer();
            JsonNode run = player.start(fixture.ladder());
            run.get("question")
                    .get("options")
                    .forEach(option -> byText.put(
                            option.get("text").asString(),
                            UUID.fromString(option.get("id").asString())));
            var response = player.answer(run.get("code").asString(), 1, byText.get(pick));
            assertThat(response.status()).isEqualTo(200);
        }
        var asker = newPlayer();
        JsonNode run = asker.start(fixture.ladder());

        var polled = asker.lifeline(run.get("code").asString(), "audience");

        assertThat(polled.status()).as(polled.body()).isEqualTo(200);
        JsonNode audience = polled.json().get("question").get("audience");
        assertThat(audience.get("estimated").asBoolean()).isFalse();
        assertThat(audience.get("answers").asLong()).isEqualTo(needed);
        Map<UUID, Integer> shares = new HashMap<>();
        audience.get("shares")
                .forEach(share -> shares.put(
                        UUID.fromString(share.get("optionId").asString()),
                        share.get("percent").asInt()));
        assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(shares)
                .containsEntry(byText.get("Right"), 50)
                .containsEntry(byText.get("Wrong 1"), 30)
                .containsEntry(byText.get("Wrong 2"), 15)
                .containsEntry(byText.get("Wrong 3"), 5);
    }

    @Test
    void withTooFewAnswersTheAudienceIsAnEstimateAndSaysSo() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 1, 1);
        var player = newPlayer();
        JsonNode run = player.start(fixture.ladder());
        String code = run.get("code").asString();
        player.lifeline(code, "fifty-fifty");

        JsonNode audience =
                player.lifeline(code, "audience").json().get("question").get("audience");

        assertThat(audience.get("estimated").asBoolean()).isTrue();
        assertThat(audience.get("answers").asLong()).isZero();
        assertThat(audience.get("shares")).hasSize(2);
        int sum = 0;
        for (JsonNode share : audience.get("shares")) {
            sum += share.get("percent").asInt();
        }
        assertThat(sum).isEqualTo(100);
        // Asked again on the same question: the same poll, not a new one.
        assertThat(player.lifeline(code, "audience").json().get("question").get("audience"))
                .isEqualTo(audience);
    }

    @Test
    void phoneAFriendSuggestsOneOfTheShownOptionsOnce() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 2, 2);
        var player = newPlayer();
        JsonNode run = player.start(fixture.ladder());
        String code = run.get("code").asString();

        JsonNode question = player.lifeline(code, "phone").json().get("question");

        JsonNode phone = question.get("phone");
        assertThat(question.get("options").toString())
                .contains(phone.get("optionId").asString());
        assertThat(phone.get("confidence").asInt()).isBetween(10, 99);
        JsonNode next = player.answerRight(player.get(code));
        var again = player.lifeline(code, "phone");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asString()).isEqualTo("lifeline-used");
        assertThat(next.get("lifelines").toString()).contains("{\"name\":\"phone\",\"used\":true,\"available\":false}");
    }

    @Test
    void aPlayerWhoHasSeenEveryQuestionGetsTheOneSeenLongestAgo() {
        var fixture = LadderFixtures.ladder(accounts.newAdmin(), 1, 2);
        var player = newPlayer();
        List<String> asked = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            JsonNode started = player.start(fixture.ladder());
            asked.add(started.get("question").get("questionId").asString());
            player.answerWrong(started);
        }

        assertThat(asked.get(0)).isNotEqualTo(asked.get(1));
        assertThat(asked.get(2)).isEqualTo(asked.get(0));
        assertThat(asked.get(3)).isEqualTo(asked.get(1));
    }

    @Test
    void aTrueFalseQuestionHasNoFiftyFiftyAndAFinishedRunNoLifelines() {
        var admin = accounts.newAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var imported = admin.post("/api/v1/ladder-questions/imports/opentdb", """
                {"results": [{"type": "boolean", "difficulty": "easy", "category": "Fixture %s",
                  "question": "Fixture statement %s is true.", "correct_answer": "True",
                  "incorrect_answers": ["False"]}]}""".formatted(tag, tag));
        assertThat(imported.json().get("added").asInt()).isEqualTo(1);
        admin.post("/api/v1/ladders", """
                {"slug": "tf-%s", "name": "TF", "levels": [{"prize": 1, "difficulty": "EASY", "seconds": 20,
                 "safe": false}], "categories": ["fixture-%s"]}""".formatted(tag, tag));
        var player = newPlayer();
        JsonNode run = player.start("tf-" + tag);
        String code = run.get("code").asString();

        var fifty = player.lifeline(code, "fifty-fifty");
        assertThat(fifty.status()).isEqualTo(409);
        assertThat(fifty.json().get("reason").asString()).isEqualTo("lifeline-unavailable");

        player.session().post("/api/v1/ladder-runs/" + code + "/walk-away", "");
        var late = player.lifeline(code, "audience");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("reason").asString()).isEqualTo("run-finished");
        assertThat(player.lifeline(code, "no-such-lifeline").status()).isEqualTo(404);
    }
}
