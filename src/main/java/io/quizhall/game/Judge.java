package io.quizhall.game;

import io.quizhall.game.PlayableQuestion.QuestionKind;
import io.quizhall.quiz.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether an answer is right, after checking that it has the shape its question kind expects. The answer
 * is normalised to a canonical JSON text that is stored and shown in results.
 */
final class Judge {

    static final int MAX_TEXT_ANSWER = 200;

    private Judge() {}

    record Verdict(boolean right, String canonicalAnswer) {}

    static Verdict judge(PlayableQuestion question, JsonNode answer) {
        return switch (question.type()) {
            case ABCD -> {
                int id = optionId(question, answer);
                yield new Verdict(question.solution().ids().contains(id), Integer.toString(id));
            }
            case VOTING -> {
                int id = optionId(question, answer);
                yield new Verdict(false, Integer.toString(id));
            }
            case CHECK -> {
                List<Integer> ids = optionIds(question, answer);
                boolean right = new HashSet<>(ids)
                        .equals(new HashSet<>(question.solution().ids()));
                yield new Verdict(
                        right, ids.stream().sorted().toList().toString().replace(" ", ""));
            }
            case ORDER -> {
                List<Integer> ids = optionIds(question, answer);
                if (ids.size() != question.options().size()) {
                    throw GameExceptions.invalidAnswer("An ORDER answer lists every item once.");
                }
                yield new Verdict(
                        ids.equals(question.solution().ids()), ids.toString().replace(" ", ""));
            }
            case RANGE -> {
                if (!answer.isNumber()) {
                    throw GameExceptions.invalidAnswer("A RANGE answer is a number.");
                }
                double value = answer.asDouble();
                var bounds = question.bounds();
                if (bounds == null || value < bounds.min() || value > bounds.max() || Double.isNaN(value)) {
                    throw GameExceptions.invalidAnswer("The number must lie within the question's bounds.");
                }
                var solution = question.solution();
                boolean right = solution.minCorrect() != null
                        && solution.maxCorrect() != null
                        && value >= solution.minCorrect()
                        && value <= solution.maxCorrect();
                yield new Verdict(right, answer.asString());
            }
            case TEXT -> {
                if (!answer.isString()) {
                    throw GameExceptions.invalidAnswer("A TEXT answer is a string.");
                }
                if (hasControlCharacters(answer.asString())) {
                    throw GameExceptions.invalidAnswer("A TEXT answer may not contain control characters.");
                }
                String given = normalize(answer.asString());
                if (given.isEmpty() || given.length() > MAX_TEXT_ANSWER) {
                    throw GameExceptions.invalidAnswer("A TEXT answer has 1 to " + MAX_TEXT_ANSWER + " characters.");
                }
                boolean right = question.solution().accepted().stream().anyMatch(accepted -> matches(accepted, given));
                yield new Verdict(right, given);
            }
            case SLIDE -> throw GameExceptions.invalidAnswer("A slide takes no answers.");
        };
    }

    /** The option ids in a canonical answer of an option kind ({@code 2}, {@code [0,2]}): the inverse of judge. */
    static List<Integer> optionIds(String canonical) {
        var ids = new ArrayList<Integer>();
        for (String id : canonical.replace("[", "").replace("]", "").split(",")) {
            if (!id.isBlank()) {
                ids.add(Integer.parseInt(id.strip()));
            }
        }
        return ids;
    }

    static boolean matches(Question.TextAnswer accepted, String given) {
        String expected = normalize(accepted.plainText());
        return accepted.caseSensitive()
                ? expected.equals(given)
                : fold(expected).equals(fold(given));
    }

    /**
     * Control characters other than white space (U+0000 above all, which PostgreSQL refuses in a result) and
     * unpaired surrogates have no place in a typed answer; white space is normalised away.
     */
    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(codePoint -> {
            int type = Character.getType(codePoint);
            return (type == Character.CONTROL && !Character.isWhitespace(codePoint)) || type == Character.SURROGATE;
        });
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static int optionId(PlayableQuestion question, JsonNode answer) {
        if (!answer.isInt()
                || answer.asInt() < 0
                || answer.asInt() >= question.options().size()) {
            throw GameExceptions.invalidAnswer("Answer with the id of one of the options.");
        }
        return answer.asInt();
    }

    private static List<Integer> optionIds(PlayableQuestion question, JsonNode answer) {
        if (!answer.isArray() || answer.size() > question.options().size()) {
            throw GameExceptions.invalidAnswer("Answer with a list of option ids.");
        }
        var ids = new ArrayList<Integer>();
        for (JsonNode element : answer) {
            int id = optionId(question, element);
            if (ids.contains(id)) {
                throw GameExceptions.invalidAnswer("Each option id may appear once.");
            }
            ids.add(id);
        }
        if (ids.isEmpty() && question.type() == QuestionKind.ORDER) {
            throw GameExceptions.invalidAnswer("An ORDER answer lists every item once.");
        }
        return ids;
    }
}
