package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.storage.StorageService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** The validator on its own: limits come from configuration, pictures are checked in one query. */
class QuizValidatorTests {

    final UUID author = UUID.randomUUID();
    final String picture = "6b7a2b53-35f7-4e0a-9d5e-0d3f8a8b9c10";
    final StorageService storage = mock(StorageService.class);

    @Test
    void acceptsTheFixtureAndReturnsItUnchanged() {
        when(storage.usableTypes(any(), anyCollection())).thenReturn(Map.of(UUID.fromString(picture), "image/png"));

        QuizContent content =
                validator(QuizLimits.defaults()).validate(draft(Quizzes.oneOfEachKind()), "", author, Set.of());

        assertThat(content.questions()).isEqualTo(Quizzes.oneOfEachKind());
        assertThat(content.title()).isEqualTo("A quiz");
        assertThat(content.imageIds()).containsExactly(UUID.fromString(picture));
    }

    @Test
    void appliesConfiguredLimitsInsteadOfTheDefaults() {
        when(storage.usableTypes(any(), anyCollection())).thenReturn(Map.of(UUID.fromString(picture), "image/png"));
        var strict = new QuizLimits(
                5, 10, 3, 20, 3, 10, Duration.ofSeconds(10), Duration.ofSeconds(60), DataSize.ofKilobytes(64));

        assertThatThrownBy(() -> validator(strict).validate(draft(Quizzes.oneOfEachKind()), "", author, Set.of()))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class, e -> assertThat(fields(e)).containsExactly("title", "questions"));

        List<Question> two = Quizzes.oneOfEachKind().subList(0, 2);
        assertThatThrownBy(() -> validator(strict).validate(draft(two), "", author, Set.of()))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(fields(e))
                                .containsExactly(
                                        "title",
                                        "questions[0].question",
                                        "questions[0].answers",
                                        "questions[1].question"));
    }

    @Test
    void picturesTheQuizAlreadyShowedNeedNoOwnership() {
        when(storage.usableTypes(any(), anyCollection())).thenReturn(Map.of());

        QuizContent content = validator(QuizLimits.defaults())
                .validate(draft(Quizzes.oneOfEachKind()), "", author, Set.of(UUID.fromString(picture)));

        assertThat(content.imageIds()).containsExactly(UUID.fromString(picture));
    }

    @Test
    void asksStorageNothingWhenThereAreNoPictures() {
        validator(QuizLimits.defaults()).validate(draft(Quizzes.oneOfEachKind().subList(0, 1)), "", author, Set.of());

        verify(storage, never()).usableTypes(any(), anyCollection());
    }

    @Test
    void normalisesPictureIdsToLowerCase() {
        String upper = picture.toUpperCase();
        when(storage.usableTypes(any(), anyCollection())).thenReturn(Map.of(UUID.fromString(picture), "image/png"));

        QuizContent content =
                validator(QuizLimits.defaults()).validate(draft(Quizzes.oneOfEachKind(upper)), "", author, Set.of());

        assertThat(content.questions().get(1).image()).isEqualTo(picture);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a right answer above the largest allowed | 0 | 100 | 120 | 50 | minCorrect | must be between “Lowest allowed number” and “Highest allowed number”",
                "a right answer below the smallest allowed | 0 | 100 | 50 | -1 | maxCorrect | must be between “Lowest allowed number” and “Highest allowed number”",
                "right answers in the wrong order | 0 | 100 | 60 | 40 | maxCorrect | must not be less than “Lowest right answer”",
                "bounds in the wrong order | 100 | 0 | 50 | 50 | max | must not be less than “Lowest allowed number”"
            })
    void rangeErrorsSitOnTheFieldOutOfPlaceAndNameTheOthersByTheEditorsLabels(
            String description, int min, int max, int minCorrect, int maxCorrect, String field, String message) {
        var range = new Question.Range(
                "How many?", 20, null, false, new Question.RangeAnswer(min, max, minCorrect, maxCorrect));

        assertThatThrownBy(() -> validator(QuizLimits.defaults()).validate(draft(List.of(range)), "", author, Set.of()))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(errors(e))
                                .containsExactly(new FieldError("questions[0].answers." + field, message)));
    }

    private QuizValidator validator(QuizLimits limits) {
        return new QuizValidator(limits, storage);
    }

    private static QuizDraft draft(List<Question> questions) {
        return new QuizDraft("A quiz", null, List.copyOf(questions), null, null, null);
    }

    private static List<String> fields(InvalidFieldsException e) {
        return errors(e).stream().map(FieldError::field).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errors(InvalidFieldsException e) {
        return (List<FieldError>) e.properties().get("errors");
    }
}
