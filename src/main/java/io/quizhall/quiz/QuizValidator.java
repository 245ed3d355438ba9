package io.quizhall.quiz;

import io.quizhall.shared.FieldChecks;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.storage.FileReferences;
import io.quizhall.storage.StorageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link QuizDraft} against {@link QuizLimits} and the per-kind rules, sanitising every text on the way,
 * and reports every broken rule at once with the field's path ({@code questions[3].answers[1].answer}).
 */
@Component
class QuizValidator {

    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** What the web client's editor calls the bounds of a RANGE question (static/js/messages.js, edit.min...). */
    static final Map<String, String> RANGE_LABELS = Map.of(
            "min", "Lowest allowed number",
            "max", "Highest allowed number",
            "minCorrect", "Lowest right answer",
            "maxCorrect", "Highest right answer");

    private final QuizLimits limits;
    private final StorageService storage;

    QuizValidator(QuizLimits limits, StorageService storage) {
        this.limits = limits;
        this.storage = storage;
    }

    /**
     * The draft as sanitised content, or an {@link InvalidFieldsException} listing every invalid field.
     *
     * @param prefix put before every field path ({@code quiz.} for an import document)
     * @param author images must be live storage items this user uploaded...
     * @param keptImages ...unless the quiz already showed them (a copy of someone else's public quiz keeps its
     *     pictures through later edits)
     */
    QuizContent validate(QuizDraft draft, String prefix, UUID author, Set<UUID> keptImages) {
        var check = new Check(prefix);
        String title = check.text("title", draft.title(), limits.titleMaxLength(), true);
        String description = check.text("description", draft.description(), limits.descriptionMaxLength(), false);
        List<Question> questions = check.questions(draft.questions());
        String coverImage = check.image("coverImage", draft.coverImage());
        String backgroundColor = check.color("backgroundColor", draft.backgroundColor());
        String backgroundImage = check.image("backgroundImage", draft.backgroundImage());
        check.files.checkUsableBy(author, keptImages, storage);
        check.throwIfInvalid();
        return new QuizContent(
                title == null ? "" : title, description, questions, coverImage, backgroundColor, backgroundImage);
    }

    /** One validation run: collects errors and the image references to check in one query at the end. */
    private final class Check {

        private final String prefix;
        private final List<FieldError> errors = new ArrayList<>();
        private final FileReferences files = new FileReferences(errors);

        Check(String prefix) {
            this.prefix = prefix;
        }

        void reject(String field, String message) {
            errors.add(new FieldError(prefix + field, message));
        }

        @Nullable
        String text(String field, @Nullable String value, int maxLength, boolean required) {
            return RichText.check(prefix + field, value, maxLength, required, errors);
        }

        @Nullable
        String color(String field, @Nullable String value) {
            if (value != null && !COLOR.matcher(value).matches()) {
                reject(field, "must be a colour like #1a2b3c or #abc");
            }
            return value;
        }

        @Nullable
        String image(String field, @Nullable String value) {
            return files.add(prefix + field, value, FileReferences.Kind.PICTURE);
        }

        List<Question> questions(@Nullable List<@Nullable Question> questions) {
            return FieldChecks.eachOf(
                    prefix, "questions", questions, limits.maxQuestions(), "questions", errors, this::question);
        }

        @Nullable
        Question question(String path, @Nullable Question question) {
            if (question == null) {
                reject(path, "must not be null");
                return null;
            }
            String text = text(path + ".question", question.question(), limits.questionMaxLength(), true);
            long min = limits.minTime().toSeconds();
            long max = limits.maxTime().toSeconds();
            if (question.time() < min || question.time() > max) {
                reject(path + ".time", "must be between " + min + " and " + max + " seconds");
            }
            String image = image(path + ".image", question.image());
            String answers = path + ".answers";
            String q = text == null ? "" : text;
            int time = question.time();
            boolean hide = question.hideResults();
            if (question instanceof Question.Abcd abcd) {
                return new Question.Abcd(q, time, image, hide, choices(answers, abcd.answers()));
            } else if (question instanceof Question.Check check) {
                return new Question.Check(q, time, image, hide, choices(answers, check.answers()));
            } else if (question instanceof Question.Range range) {
                return new Question.Range(q, time, image, hide, range(answers, range.answers()));
            } else if (question instanceof Question.Voting voting) {
                return new Question.Voting(q, time, image, hide, options(answers, voting.answers()));
            } else if (question instanceof Question.Order order) {
                return new Question.Order(q, time, image, hide, options(answers, order.answers()));
            } else if (question instanceof Question.Text textQuestion) {
                return new Question.Text(q, time, image, hide, accepted(answers, textQuestion.answers()));
            } else {
                return new Question.Slide(q, time, image, hide);
            }
        }

        /** ABCD and CHECK: 2 to maxAnswers options, at least one of them right. */
        List<Question.Choice> choices(String path, @Nullable List<Question.@Nullable Choice> choices) {
            if (!hasSize(path, choices, QuizLimits.MIN_ANSWERS)) {
                return List.of();
            }
            List<Question.Choice> checked = new ArrayList<>();
            boolean anyRight = false;
            for (int j = 0; j < choices.size(); j++) {
                Question.Choice choice = choices.get(j);
                String item = path + "[" + j + "]";
                if (choice == null) {
                    reject(item, "must not be null");
                    continue;
                }
                anyRight |= choice.right();
                checked.add(new Question.Choice(
                        answerText(item, choice.answer()), choice.right(), color(item + ".color", choice.color())));
            }
            if (!anyRight) {
                reject(path, "must mark at least one answer as right");
            }
            return checked;
        }

        /** VOTING and ORDER: 2 to maxAnswers items. */
        List<Question.Option> options(String path, @Nullable List<Question.@Nullable Option> options) {
            if (!hasSize(path, options, QuizLimits.MIN_ANSWERS)) {
                return List.of();
            }
            List<Question.Option> checked = new ArrayList<>();
            for (int j = 0; j < options.size(); j++) {
                Question.Option option = options.get(j);
                String item = path + "[" + j + "]";
                if (option == null) {
                    reject(item, "must not be null");
                    continue;
                }
                checked.add(new Question.Option(
                        answerText(item, option.answer()),
                        image(item + ".image", option.image()),
                        color(item + ".color", option.color())));
            }
            return checked;
        }

        /** TEXT: 1 to maxAnswers accepted answers. */
        List<Question.TextAnswer> accepted(String path, @Nullable List<Question.@Nullable TextAnswer> answers) {
            if (!hasSize(path, answers, 1)) {
                return List.of();
            }
            List<Question.TextAnswer> checked = new ArrayList<>();
            for (int j = 0; j < answers.size(); j++) {
                Question.TextAnswer answer = answers.get(j);
                String item = path + "[" + j + "]";
                if (answer == null) {
                    reject(item, "must not be null");
                    continue;
                }
                checked.add(new Question.TextAnswer(answerText(item, answer.answer()), answer.caseSensitive()));
            }
            return checked;
        }

        /**
         * RANGE: min <= minCorrect <= maxCorrect <= max. Each error sits on the field that is out of place and names
         * the other fields by the editor's labels ({@link #RANGE_LABELS}).
         */
        Question.@Nullable RangeAnswer range(String path, Question.@Nullable RangeAnswer range) {
            if (range == null) {
                reject(path, "must not be null");
                return null;
            }
            if (range.max() < range.min()) {
                reject(path + ".max", "must not be less than " + label("min"));
                return range;
            }
            boolean lowInside = inside(range.minCorrect(), range);
            boolean highInside = inside(range.maxCorrect(), range);
            if (!lowInside) {
                reject(path + ".minCorrect", "must be between " + label("min") + " and " + label("max"));
            }
            if (!highInside) {
                reject(path + ".maxCorrect", "must be between " + label("min") + " and " + label("max"));
            }
            if (lowInside && highInside && range.maxCorrect() < range.minCorrect()) {
                reject(path + ".maxCorrect", "must not be less than " + label("minCorrect"));
            }
            return range;
        }

        private static boolean inside(int value, Question.RangeAnswer range) {
            return value >= range.min() && value <= range.max();
        }

        private static String label(String field) {
            return "“" + RANGE_LABELS.get(field) + "”";
        }

        private String answerText(String item, @Nullable String answer) {
            String text = text(item + ".answer", answer, limits.answerMaxLength(), true);
            return text == null ? "" : text;
        }

        /** Whether the list exists and has an allowed size; if not, its items are not checked further. */
        private boolean hasSize(String path, @Nullable List<?> items, int min) {
            if (items == null) {
                reject(path, "must not be null");
                return false;
            }
            if (items.size() < min || items.size() > limits.maxAnswers()) {
                reject(path, "must hold between " + min + " and " + limits.maxAnswers() + " answers");
                return false;
            }
            return true;
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
            }
        }
    }
}
