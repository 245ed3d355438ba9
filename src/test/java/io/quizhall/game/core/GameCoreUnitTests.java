package io.quizhall.game.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.game.GameFixtures;
import io.quizhall.quiz.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Nicknames, PINs, ranks, host commands, script outcomes and what each payload may contain. Plain JUnit. */
class GameCoreUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final Random random = new Random(42);

    PlayableQuestion play(Question question) {
        return PlayableQuestion.of(question, false, random);
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
        var ranks = new Ranking(ranking);
        assertThat(List.of(ranks.rank(a), ranks.rank(b), ranks.rank(c), ranks.rank(d)))
                .containsExactly(1, 2, 2, 4);
        assertThat(ranks.rank(UUID.randomUUID())).as("no score: after the last").isEqualTo(4);
    }

    @Test
    void questionOpenedCarriesNoSolutionForAnyKind() {
        for (Question question : GameFixtures.everyKind()) {
            var opened = GamePayloads.QuestionOpened.of(
                    0, 7, PlayableQuestion.of(question, true, random), 0, 1, 0, TimeLimit.NORMAL);
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
                0, 7, play(GameFixtures.everyKind().get(5)), 0, 1, 0, TimeLimit.NORMAL);
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
                false,
                false,
                null,
                null,
                null));
        for (String secret : GameFixtures.SECRETS) {
            assertThat(state).doesNotContain(secret);
        }
    }

    @Test
    void hostActionsAreParsedOnceIntoCommands() {
        assertThat(HostCommand.parse("start", null)).isEqualTo(new HostCommand.Next());
        assertThat(HostCommand.parse("next", null)).isEqualTo(new HostCommand.Next());
        assertThat(HostCommand.parse("unlock", null)).isEqualTo(new HostCommand.Lock(false));
        assertThat(HostCommand.parse("pause", null)).isEqualTo(new HostCommand.Pause());
        assertThat(HostCommand.parse("resume", null)).isEqualTo(new HostCommand.Resume());
        UUID helped = UUID.randomUUID();
        assertThat(HostCommand.parse("extra", JSON.readTree("{\"playerId\": \"" + helped + "\", \"seconds\": 30}")))
                .isEqualTo(new HostCommand.ExtraTime(helped, 30));
        for (String seconds : List.of("-1", "301", "\"ten\"", "1.5")) {
            assertThatThrownBy(() -> HostCommand.parse(
                            "extra", JSON.readTree("{\"playerId\": \"" + helped + "\", \"seconds\": " + seconds + "}")))
                    .as(seconds)
                    .isInstanceOf(GameException.class);
        }
        UUID player = UUID.randomUUID();
        assertThat(HostCommand.parse("kick", JSON.readTree("{\"playerId\": \"%s\"}".formatted(player))))
                .isEqualTo(new HostCommand.Kick(player));
        assertThatThrownBy(() -> HostCommand.parse("kick", JSON.readTree("{\"playerId\": \"nope\"}")))
                .isInstanceOf(GameException.class)
                .extracting("code")
                .isEqualTo("invalid_message");
        assertThatThrownBy(() -> HostCommand.parse("dance", null))
                .isInstanceOf(GameException.class)
                .extracting("code")
                .isEqualTo("invalid_message");
    }

    @Test
    void everyScriptOutcomeIsKnownAndRefusalsHaveTheirCodes() {
        assertThat(ScriptOutcome.parse("nickname_taken")).isEqualTo(ScriptOutcome.NICKNAME_TAKEN);
        assertThatThrownBy(() -> ScriptOutcome.parse("surprise")).isInstanceOf(IllegalStateException.class);
        ScriptOutcome.OK.orThrow();
        assertThatThrownBy(ScriptOutcome.LOBBY_LOCKED::orThrow)
                .isInstanceOf(GameException.class)
                .extracting("code")
                .isEqualTo("lobby_locked");
        assertThatThrownBy(ScriptOutcome.WRONG_QUESTION::orThrow)
                .isInstanceOf(GameException.class)
                .extracting("code")
                .isEqualTo("invalid_action");
    }
}
