package io.quizhall.game.classic;

import io.quizhall.game.core.GameExceptions;
import io.quizhall.game.core.GameMode.Judgement;
import io.quizhall.game.core.PlayableQuestion;
import io.quizhall.game.core.PlayableQuestion.QuestionKind;
import io.quizhall.quiz.Question;
import io.quizhall.shared.ControlCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Decides whether an answer is right, after checking that it has the shape its question kind expects. The answer
 * is kept in a canonical form: an option id, ids sorted (CHECK) or in the order given (ORDER), the number, or the
 * normalised text.
 */
final class Judge {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final int MAX_TEXT_ANSWER = 200;

    private Judge() {}

    static Judgement judge(PlayableQuestion question, JsonNode answer) {
        return switch (question.type()) {
            case ABCD -> {
                int id = optionId(question, answer);
                yield new Judgement(question.solution().ids().contains(id), NODES.numberNode(id));
            }
            case VOTING -> new Judgement(false, NODES.numberNode(optionId(question, answer)));
            case CHECK -> {
                List<Integer> ids = optionIds(question, answer);
                boolean right = new HashSet<>(ids)
                        .equals(new HashSet<>(question.solution().ids()));
                yield new Judgement(right, ids(ids.stream().sorted().toList()));
            }
            case ORDER -> {
                List<Integer> ids = optionIds(question, answer);
                if (ids.size() != question.options().size()) {
                    throw GameExceptions.invalidAnswer("An ORDER answer lists every item once.");
                }
                yield new Judgement(ids.equals(question.solution().ids()), ids(ids));
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
                yield new Judgement(right, answer);
            }
            case TEXT -> {
                if (!answer.isString()) {
                    throw GameExceptions.invalidAnswer("A TEXT answer is a string.");
                }
                if (ControlCharacters.in(answer.asString())) {
                    throw GameExceptions.invalidAnswer("A TEXT answer may not contain control characters.");
                }
                String given = normalize(answer.asString());
                if (given.isEmpty() || given.length() > MAX_TEXT_ANSWER) {
                    throw GameExceptions.invalidAnswer("A TEXT answer has 1 to " + MAX_TEXT_ANSWER + " characters.");
                }
                boolean right = question.solution().accepted().stream().anyMatch(accepted -> matches(accepted, given));
                yield new Judgement(right, NODES.stringNode(given));
            }
            case SLIDE -> throw GameExceptions.invalidAnswer("A slide takes no answers.");
        };
    }

    /** The option ids of a kept answer of an option kind ({@code 2}, {@code [0,2]}): the inverse of judge. */
    static List<Integer> optionIds(JsonNode given) {
        if (given.isArray()) {
            var ids = new ArrayList<Integer>();
            given.forEach(id -> ids.add(id.asInt()));
            return ids;
        }
        return List.of(given.asInt());
    }

    private static ArrayNode ids(List<Integer> ids) {
        ArrayNode array = NODES.arrayNode();
        ids.forEach(array::add);
        return array;
    }

    static boolean matches(Question.TextAnswer accepted, String given) {
        String expected = normalize(accepted.plainText());
        return accepted.caseSensitive()
                ? expected.equals(given)
                : fold(expected).equals(fold(given));
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
