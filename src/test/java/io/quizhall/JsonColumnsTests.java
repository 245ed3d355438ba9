package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.IntegrationTest;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jsonb columns are read and written by Jackson 3. Until 2026-12-02 Hibernate chose Jackson 2 on its own,
 * because springdoc brings it; every row written since the first release was written that way, so each column's
 * stored form must read back as the same value and be written again unchanged.
 */
@IntegrationTest
class JsonColumnsTests {

    /** Questions of the seven kinds. */
    static final String QUESTIONS = """
            [{"type": "ABCD", "question": "Capital of <b>France</b>?", "time": 20, "image": null,
              "hideResults": false, "answers": [{"answer": "Lyon", "right": false, "color": null},
              {"answer": "Paris", "right": true, "color": "#00ff00"}]},
             {"type": "CHECK", "question": "Primes", "time": 30, "image": "0f3c5b7e-1b2a-4c3d-8e9f-a0b1c2d3e4f8",
              "hideResults": true, "answers": [{"answer": "2", "right": true, "color": null},
              {"answer": "4", "right": false, "color": null}]},
             {"type": "RANGE", "question": "Year?", "time": 15, "image": null, "hideResults": false,
              "answers": {"min": 1900, "max": 2000, "minCorrect": 1940, "maxCorrect": 1950}},
             {"type": "VOTING", "question": "Lunch?", "time": 10, "image": null, "hideResults": false,
              "answers": [{"answer": "Soup", "image": null, "color": null},
              {"answer": "Salad", "image": "0f3c5b7e-1b2a-4c3d-8e9f-a0b1c2d3e4f9", "color": "#123456"}]},
             {"type": "ORDER", "question": "Oldest first", "time": 40, "image": null, "hideResults": false,
              "answers": [{"answer": "Rome", "image": null, "color": null},
              {"answer": "Paris", "image": null, "color": null}]},
             {"type": "TEXT", "question": "Say &amp; spell it", "time": 25, "image": null, "hideResults": false,
              "answers": [{"answer": "Éclair", "caseSensitive": true}, {"answer": "eclair", "caseSensitive": false}]},
             {"type": "SLIDE", "question": "<p>Break</p>", "time": 5, "image": null, "hideResults": false}]""";

    /** Each jsonb column, as {@code Entity.field}, with a value covering its kinds and optional parts. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("Quiz.questions", QUESTIONS),
            Map.entry("GameResult.questions", QUESTIONS),
            Map.entry("GameResult.players", """
                    [{"id": "6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a01", "nickname": "Ada", "customField": "7b",
                      "score": 1800, "rank": 1},
                     {"id": "6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a02", "nickname": "Bo", "customField": null,
                      "score": 0, "rank": 2}]"""),
            Map.entry("GameResult.answers", """
                    [{"question": 0, "playerId": "6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a01", "username": "Ada",
                      "answer": "Paris", "optionIds": [1], "value": null, "text": null, "right": true,
                      "timeTakenMs": 2345, "score": 912},
                     {"question": 2, "playerId": "6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a02", "username": "Bo",
                      "answer": "42", "optionIds": [], "value": "42", "text": null, "right": false,
                      "timeTakenMs": 19999, "score": 0}]"""),
            Map.entry("GameResult.playerScores", """
                    {"Ada": 1800, "Bo": 0}"""),
            Map.entry("GameResult.customFieldData", """
                    {"Ada": "7b", "Bo": ""}"""),
            Map.entry("GameResult.teams", """
                    [{"team": 1, "name": "Red", "score": 1800, "rank": 1,
                      "members": ["6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a01", "6f1c2a2e-8d4b-4c1e-9a55-0d3b1f3c1a02"]}]"""),
            Map.entry("QuizTivity.pages", """
                    [{"type": "SLIDE", "title": "Welcome", "data": {"text": "<p>Hi</p>", "image": null}},
                     {"type": "MARKDOWN", "title": null, "data": {"markdown": "# Notes", "html": "<h1>Notes</h1>"}},
                     {"type": "PDF", "title": "Sheet", "data": {"file": "0f3c5b7e-1b2a-4c3d-8e9f-a0b1c2d3e4f5"}},
                     {"type": "MEMORY", "title": "Pairs", "data": {"cards": [[{"text": "cat", "image": null},
                       {"text": null, "image": "0f3c5b7e-1b2a-4c3d-8e9f-a0b1c2d3e4f6"}]]}},
                     {"type": "ABCD", "title": "Check", "data": {"question": "2 + 2?",
                       "answers": [{"answer": "4", "correct": true}, {"answer": "5", "correct": false}]}}]"""),
            Map.entry("RunStep.removedOptions", """
                    ["2b0c1d9e-3f4a-4b5c-8d6e-7f8091a2b3c4", "2b0c1d9e-3f4a-4b5c-8d6e-7f8091a2b3c5"]"""),
            Map.entry("RunStep.audience", """
                    {"percentages": {"2b0c1d9e-3f4a-4b5c-8d6e-7f8091a2b3c4": 61,
                                     "2b0c1d9e-3f4a-4b5c-8d6e-7f8091a2b3c5": 39},
                     "estimated": true, "answers": 12345}"""),
            Map.entry("RunStep.phone", """
                    {"optionId": "2b0c1d9e-3f4a-4b5c-8d6e-7f8091a2b3c4", "confidence": 80}"""),
            Map.entry("HuntPuzzle.pictures", """
                    ["0f3c5b7e-1b2a-4c3d-8e9f-a0b1c2d3e4f7"]"""),
            Map.entry("HuntPuzzle.responses", """
                    [{"pattern": "almost", "reply": "Keep going"}]"""),
            Map.entry("HuntRanking.rules", """
                    [{"criterion": "SOLVES", "visible": true}, {"criterion": "LAST_SOLVE_AT", "visible": false}]"""));

    @Autowired
    SessionFactory sessionFactory;

    @Test
    void jsonColumnsAreWrittenByJackson3() {
        assertThat(factory().getSessionFactoryOptions().getJsonFormatMapper())
                .isInstanceOf(Jackson3JsonFormatMapper.class);
    }

    @Test
    void everyColumnWrittenByJackson2ReadsTheSameAndIsWrittenUnchanged() {
        FormatMapper before = new JacksonJsonFormatMapper();
        FormatMapper now = factory().getSessionFactoryOptions().getJsonFormatMapper();
        WrapperOptions options = factory().getWrapperOptions();
        JsonMapper trees = JsonMapper.builder().build();
        Map<String, JavaType<Object>> columns = jsonColumns();
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(columns.keySet());
        columns.forEach((column, type) -> {
            Object value = before.fromString(SAMPLES.get(column), type, options);
            String stored = before.toString(value, type, options);

            Object read = now.fromString(stored, type, options);
            assertThat(read).as(column).isEqualTo(value);
            assertThat(trees.readTree(now.toString(read, type, options)))
                    .as(column)
                    .isEqualTo(trees.readTree(stored));
        });
    }

    /** Every field mapped to jsonb, as {@code Entity.field}, with the Java type Hibernate reads it as. */
    @SuppressWarnings("unchecked")
    private Map<String, JavaType<Object>> jsonColumns() {
        Map<String, JavaType<Object>> columns = new HashMap<>();
        for (var entity : sessionFactory.getMetamodel().getEntities()) {
            var descriptor = factory().getMappingMetamodel().getEntityDescriptor(entity.getJavaType());
            for (Field field : entity.getJavaType().getDeclaredFields()) {
                JdbcTypeCode code = field.getAnnotation(JdbcTypeCode.class);
                if (code != null && code.value() == SqlTypes.JSON) {
                    columns.put(entity.getJavaType().getSimpleName() + "." + field.getName(), (JavaType<Object>)
                            descriptor.findAttributeMapping(field.getName()).getJavaType());
                }
            }
        }
        return columns;
    }

    private SessionFactoryImplementor factory() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class);
    }
}
