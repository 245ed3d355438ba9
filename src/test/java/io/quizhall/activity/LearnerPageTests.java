package io.quizhall.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What learners receive never carries a solution or a page's source: each learner page serialised and searched. */
class LearnerPageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAbcdPageForLearnersHasItsOptionsButNotWhichAreCorrect() {
        var page = new QuizTivityPage.Abcd(
                "Check",
                new QuizTivityPage.AbcdData(
                        "2 + 2?",
                        List.of(new QuizTivityPage.AbcdAnswer("4", true), new QuizTivityPage.AbcdAnswer("5", false))));

        String json = JSON.writerFor(LearnerPage.class).writeValueAsString(LearnerPage.of(page));

        assertThat(json)
                .contains("\"type\":\"ABCD\"", "\"question\":\"2 + 2?\"", "\"answer\":\"4\"", "\"answer\":\"5\"")
                .doesNotContain("correct")
                .doesNotContain("true");
    }

    @Test
    void aMarkdownPageForLearnersHasItsHtmlButNotItsSource() {
        var page = new QuizTivityPage.Markdown(
                null, new QuizTivityPage.MarkdownData("# Secret source", "<h1>Secret source</h1>"));

        String json = JSON.writerFor(LearnerPage.class).writeValueAsString(LearnerPage.of(page));

        assertThat(json).contains("\"html\":\"<h1>Secret source</h1>\"").doesNotContain("# Secret", "markdown\"");
    }
}
