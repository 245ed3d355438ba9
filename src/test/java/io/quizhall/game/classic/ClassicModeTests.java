package io.quizhall.game.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.game.GameFixtures;
import io.quizhall.game.core.GameException;
import io.quizhall.game.core.GameMeta;
import io.quizhall.game.core.GameMode;
import io.quizhall.game.core.GameStatus;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.TimeLimit;
import io.quizhall.quiz.Question;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The classic mode's rules: judging every kind, shuffling, scoring by speed. Plain JUnit, no server. */
class ClassicModeTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Random random = new Random(42);
    final ClassicMode mode = new ClassicMode();

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
    void keptAnswersReadBackAsTheOptionIdsJudged() {
        var kinds = GameFixtures.everyKind();
        var check = Judge.judge(play(kinds.get(1)), JSON.readTree("[2,0]")).given();
        var abcd = Judge.judge(play(kinds.get(0)), JSON.readTree("1")).given();

        assertThat(check.toString()).isEqualTo("[0,2]");
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
    void rightAnswersScoreBySpeedAndWrongOnesNothing() {
        var right = new GameMode.Judgement(true, JSON.readTree("0"));
        var wrong = new GameMode.Judgement(false, JSON.readTree("1"));
        assertThat(mode.points(right, 0, 20_000)).isEqualTo(1000);
        assertThat(mode.points(right, 2_000, 20_000)).isEqualTo(950);
        assertThat(mode.points(right, 10_000, 20_000)).isEqualTo(750);
        assertThat(mode.points(right, 19_999, 20_000)).isEqualTo(500);
        assertThat(mode.points(right, 60_000, 20_000)).as("never negative").isZero();
        assertThat(mode.points(wrong, 0, 20_000)).isZero();
    }

    @Test
    void questionsComeInTheQuizOrderUntilNoneIsLeft() {
        assertThat(mode.next(at(-1, 3))).hasValue(0);
        assertThat(mode.next(at(1, 3))).hasValue(2);
        assertThat(mode.next(at(2, 3))).isEmpty();
    }

    private static GameMeta at(int current, int questionCount) {
        return new GameMeta(
                UUID.randomUUID(),
                "classic",
                UUID.randomUUID(),
                UUID.randomUUID(),
                "123456",
                "Quiz",
                "",
                GameStatus.QUESTION_CLOSED,
                current,
                0,
                0,
                questionCount,
                false,
                null,
                0,
                0,
                true,
                0,
                false,
                List.of(),
                false,
                TimeLimit.NORMAL);
    }
}
