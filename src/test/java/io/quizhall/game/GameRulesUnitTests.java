package io.quizhall.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.quiz.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Judging, nicknames, shuffling, ranks and what each payload may contain: plain JUnit, no server. */
class GameRulesUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Random random = new Random(42);

    PlayableQuestion play(Question question) {
        return PlayableQuestion.of(question, false, random);
    }

    @Test
    void judgesEveryKind() {
        var kinds = GameFixtures.everyKind();
        assertThat(Judge.judge(play(kinds.get(0)), JSON.readTree("0")).right()).isTrue();
        assertThat(Judge.judge(play(kinds.get(0)), JSON.readTree("1")).right()).isFalse();
        assertThat(Judge.judge(play(kinds.get(1)), JSON.readTree("[2,0]")).right())
                .isTrue();
        assertThat(Judge.judge(play(kinds.get(1)), JSON.readTree("[0]")).right())
                .as("all or nothing")
                .isFalse();
        assertThat(Judge.judge(play(kinds.get(1)), JSON.readTree("[0,1,2]")).right())
                .isFalse();
        assertThat(Judge.judge(play(kinds.get(2)), JSON.readTree("1988")).right())
                .isTrue();
        assertThat(Judge.judge(play(kinds.get(2)), JSON.readTree("1990")).right())
                .isTrue();
        assertThat(Judge.judge(play(kinds.get(2)), JSON.readTree("1991")).right())
                .isFalse();
        assertThat(Judge.judge(play(kinds.get(3)), JSON.readTree("1")).right())
                .as("votes are never right")
                .isFalse();
        assertThat(Judge.judge(play(kinds.get(5)), JSON.readTree("\"Aurum-secret\""))
                        .right())
                .isTrue();
        assertThat(Judge.judge(play(kinds.get(5)), JSON.readTree("\"aurum-secret\""))
                        .right())
                .as("case-sensitive")
                .isFalse();
        assertThat(Judge.judge(play(kinds.get(5)), JSON.readTree("\" GOLD-SECRET \""))
                        .right())
                .isTrue();
        assertThat(Judge.judge(play(kinds.get(5)), JSON.readTree("\"ｇｏｌｄ-secret\""))
                        .right())
                .as("NFKC")
                .isTrue();
    }

    @Test
    void textAnswersAreJudgedAgainstTheVisibleTextOfTheStoredAnswer() {
        var text = new Question.Text(
                "Cartoon?", 20, null, false, List.of(new Question.TextAnswer("Tom &amp; <b>Jerry</b>", false)));

        assertThat(Judge.judge(play(text), JSON.readTree("\"tom & jerry\"")).right())
                .isTrue();
    }

    @Test
    void orderItemsAreAlwaysShuffledAndJudgedByTheirIds() {
        PlayableQuestion order = play(GameFixtures.everyKind().get(4));
        List<String> shown =
                order.options().stream().map(PlayableQuestion.Option::answer).toList();
        assertThat(shown)
                .isNotEqualTo(List.of("Atom", "Cell", "Planet"))
                .containsExactlyInAnyOrder("Atom", "Cell", "Planet");

        var right = List.of(shown.indexOf("Atom"), shown.indexOf("Cell"), shown.indexOf("Planet"));
        assertThat(Judge.judge(order, JSON.valueToTree(right)).right()).isTrue();
        assertThat(Judge.judge(order, JSON.valueToTree(List.of(right.get(2), right.get(1), right.get(0))))
                        .right())
                .isFalse();
        assertThatThrownBy(() -> Judge.judge(order, JSON.readTree("[0,1]"))).isInstanceOf(GameException.class);
    }

    @Test
    void shuffledChoicesKeepTheirSolution() {
        var abcd = new Question.Abcd(
                "?",
                10,
                null,
                false,
                List.of(
                        new Question.Choice("a", false, null), new Question.Choice("b", false, null),
                        new Question.Choice("c", true, null), new Question.Choice("d", false, null)));
        for (int seed = 0; seed < 20; seed++) {
            PlayableQuestion shuffled = PlayableQuestion.of(abcd, true, new Random(seed));
            int right = shuffled.solution().ids().get(0);
            assertThat(shuffled.options().get(right).answer()).isEqualTo("c");
        }
    }

    @Test
    void canonicalAnswersReadBackAsTheOptionIdsJudged() {
        var kinds = GameFixtures.everyKind();
        String check = Judge.judge(play(kinds.get(1)), JSON.readTree("[2,0]")).canonicalAnswer();
        String abcd = Judge.judge(play(kinds.get(0)), JSON.readTree("1")).canonicalAnswer();

        assertThat(Judge.optionIds(check)).containsExactly(0, 2);
        assertThat(Judge.optionIds(abcd)).containsExactly(1);
    }

    @Test
    void refusesAnswersOfTheWrongShape() {
        var kinds = GameFixtures.everyKind();
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(0)), JSON.readTree("\"0\"")))
                .isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(0)), JSON.readTree("7")))
                .isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(1)), JSON.readTree("[0,0]")))
                .isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(2)), JSON.readTree("2500")))
                .isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(5)), JSON.readTree("\"" + "x".repeat(201) + "\"")))
                .isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Judge.judge(play(kinds.get(6)), JSON.readTree("0")))
                .isInstanceOf(GameException.class);
    }

    @Test
    void normalisesNicknames() {
        assertThat(Nicknames.normalize("  Ｍａｘ\u200b  Power ", 20)).isEqualTo("Max Power");
        assertThat(Nicknames.normalize("a\u202eb\u0000c", 20)).isEqualTo("abc");
        assertThat(Nicknames.fold("MAX power")).isEqualTo(Nicknames.fold("max POWER"));
        assertThat(Nicknames.normalize("😀".repeat(20), 20)).hasSize(40);
        assertThatThrownBy(() -> Nicknames.normalize("\u200b \u202e", 20)).isInstanceOf(GameException.class);
        assertThatThrownBy(() -> Nicknames.normalize("x".repeat(21), 20)).isInstanceOf(GameException.class);
    }

    @Test
    void pinsHaveSixDigits() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Pins.next()).matches("[0-9]{6}");
        }
        assertThat(Pins.isWellFormed("12345a")).isFalse();
    }

    @Test
    void equalScoresShareARank() {
        var ranking = new LinkedHashMap<UUID, Integer>();
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        ranking.put(a, 900);
        ranking.put(b, 800);
        ranking.put(c, 800);
        ranking.put(d, 10);
        assertThat(GameService.ranks(ranking))
                .containsEntry(a, 1)
                .containsEntry(b, 2)
                .containsEntry(c, 2)
                .containsEntry(d, 4);
    }

    @Test
    void questionOpenedCarriesNoSolutionForAnyKind() {
        for (Question question : GameFixtures.everyKind()) {
            var opened = GamePayloads.QuestionOpened.of(0, 7, PlayableQuestion.of(question, true, random), 1, 0);
            String json = JSON.writeValueAsString(opened);
            for (String secret : GameFixtures.SECRETS) {
                assertThat(json).as(question.getClass().getSimpleName()).doesNotContain(secret);
            }
        }
    }

    @Test
    void answerAckAndGameStateCarryNoSolution() {
        for (boolean repeat : new boolean[] {false, true}) {
            String ack = JSON.writeValueAsString(new GamePayloads.AnswerAck(0, 1234, repeat, "c-1"));
            assertThat(ack).doesNotContain("right").doesNotContain("points").doesNotContain("score");
        }
        var opened = GamePayloads.QuestionOpened.of(
                0, 7, play(GameFixtures.everyKind().get(5)), 1, 0);
        String state = JSON.writeValueAsString(new GamePayloads.GameState(
                UUID.randomUUID(),
                "123456",
                "t",
                GameStatus.QUESTION_OPEN,
                0,
                7,
                0,
                opened,
                "Ada",
                false,
                0,
                1,
                2,
                false));
        for (String secret : GameFixtures.SECRETS) {
            assertThat(state).doesNotContain(secret);
        }
    }
}
