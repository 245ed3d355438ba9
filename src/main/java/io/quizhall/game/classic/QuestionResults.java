package io.quizhall.game.classic;

import io.quizhall.game.core.GamePayloads.Fastest;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.PlayerRecord;
import io.quizhall.game.core.StoredAnswer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How everyone answered one question in a classic game: the tallies and the fastest right answer of a
 * {@code QuestionClosed}, computed from the recorded answers.
 */
final class QuestionResults {

    private QuestionResults() {}

    /** ABCD, CHECK, VOTING: every option id → choices; ORDER: right/wrong; RANGE, TEXT: each answer → count. */
    static Map<String, Integer> tallies(PlayableQuestion question, Map<UUID, StoredAnswer> answers) {
        var tallies = new LinkedHashMap<String, Integer>();
        switch (question.type()) {
            case ABCD, VOTING, CHECK -> {
                question.options().forEach(option -> tallies.put(Integer.toString(option.id()), 0));
                for (StoredAnswer answer : answers.values()) {
                    for (int id : Judge.optionIds(answer.given())) {
                        tallies.merge(Integer.toString(id), 1, Integer::sum);
                    }
                }
            }
            case ORDER -> {
                tallies.put("right", (int)
                        answers.values().stream().filter(StoredAnswer::right).count());
                tallies.put("wrong", (int) answers.values().stream()
                        .filter(answer -> !answer.right())
                        .count());
            }
            case RANGE ->
                answers.values().forEach(answer -> tallies.merge(answer.given().asString(), 1, Integer::sum));
            case TEXT -> textTallies(question, answers, tallies);
            case SLIDE -> {}
        }
        return tallies;
    }

    /**
     * TEXT answers counted the way they were judged: every answer that matched an accepted answer under that
     * answer's text ("paris" and "PARIS" both count for "Paris" when it is not case-sensitive), the others
     * together with those equal after case-folding, under the spelling given first.
     */
    private static void textTallies(
            PlayableQuestion question, Map<UUID, StoredAnswer> answers, Map<String, Integer> tallies) {
        var spellings = new HashMap<String, String>();
        answers.values().stream()
                .sorted(Comparator.comparingLong(StoredAnswer::elapsedMs)
                        .thenComparing(answer -> answer.given().asString()))
                .map(answer -> answer.given().asString())
                .forEach(text -> {
                    String key = question.solution().accepted().stream()
                            .filter(accepted -> Judge.matches(accepted, text))
                            .findFirst()
                            .map(accepted -> Judge.normalize(accepted.plainText()))
                            .orElseGet(() -> spellings.computeIfAbsent(Judge.fold(text), folded -> text));
                    tallies.merge(key, 1, Integer::sum);
                });
    }

    /** The fastest right answer, if its player is still in the game. */
    static @Nullable Fastest fastest(Map<UUID, StoredAnswer> answers, Map<UUID, PlayerRecord> players) {
        return answers.entrySet().stream()
                .filter(entry -> entry.getValue().right())
                .min(Comparator.comparingLong(entry -> entry.getValue().elapsedMs()))
                .flatMap(entry -> Optional.ofNullable(players.get(entry.getKey()))
                        .map(player ->
                                new Fastest(player.nickname(), entry.getValue().elapsedMs())))
                .orElse(null);
    }
}
