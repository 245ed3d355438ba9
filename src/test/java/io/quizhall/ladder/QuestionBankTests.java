package io.quizhall.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The bank's sources: the starter bank, OpenTriviaDB imports, and proposals reviewed by moderators. */
@IntegrationTest
class QuestionBankTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StarterBank starterBank;

    @Test
    void theStarterBankIsLoadedOnceWithEnoughQuestionsPerDifficultyAndCategory() {
        assertThat(StarterBank.read()).hasSizeGreaterThanOrEqualTo(150);
        for (String difficulty : new String[] {"EASY", "MEDIUM", "HARD"}) {
            assertThat(jdbc.sql("SELECT count(*) FROM ladder_questions WHERE source = 'STARTER' AND difficulty = ?")
                            .param(difficulty)
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(40);
        }
        assertThat(starterBank.load()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ladder_questions WHERE source = 'STARTER'")
                        .query(Long.class)
                        .single())
                .isEqualTo(StarterBank.read().size());
        JsonNode categories =
                accounts.newUser().get("/api/v1/ladder-questions/categories").json();
        int withQuestions = 0;
        for (JsonNode category : categories) {
            if (category.get("questions").asLong() >= 5) {
                withQuestions++;
            }
        }
        assertThat(withQuestions).isGreaterThanOrEqualTo(6);
        // Every question has exactly one right option, and MULTIPLE ones have four options.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ladder_questions q WHERE q.source = 'STARTER' AND (
                            (SELECT count(*) FROM ladder_options o WHERE o.question_id = q.id AND o.correct) <> 1
                            OR (SELECT count(*) FROM ladder_options o WHERE o.question_id = q.id)
                               <> CASE q.kind WHEN 'MULTIPLE' THEN 4 ELSE 2 END)""").query(Long.class).single()).isZero();
    }

    @Test
    void anImportDecodesEntitiesSkipsDuplicatesAndReportsBadItemsByIndex() {
        var admin = accounts.newAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"response_code": 0, "results": [
                  {"type": "multiple", "difficulty": "medium", "category": "Entertainment: Books %1$s",
                   "question": "Who wrote &quot;Dracula&quot; &#8211; %1$s?", "correct_answer": "Bram Stoker",
                   "incorrect_answers": ["Mary Shelley", "Edgar Allan Poe", "Oscar Wilde"]},
                  {"type": "multiple", "difficulty": "medium", "category": "Entertainment: Books %1$s",
                   "question": "Who wrote   &quot;dracula&quot; &#8211; %1$s?", "correct_answer": "Bram Stoker",
                   "incorrect_answers": ["Mary Shelley", "Edgar Allan Poe", "Oscar Wilde"]},
                  {"type": "multiple", "difficulty": "impossible", "category": "Books",
                   "question": "Bad difficulty %1$s", "correct_answer": "A", "incorrect_answers": ["B", "C", "D"]},
                  {"type": "multiple", "difficulty": "easy", "category": "Books",
                   "question": "Too few options %1$s", "correct_answer": "A", "incorrect_answers": ["B"]},
                  {"type": "boolean", "difficulty": "hard", "category": "Science &amp; Nature %1$s",
                   "question": "Statement %1$s", "correct_answer": "False", "incorrect_answers": ["True"]}
                ]}""".formatted(tag);

        var response = admin.post("/api/v1/ladder-questions/imports/opentdb", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("received").asInt()).isEqualTo(5);
        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(report.get("duplicates").asInt()).isEqualTo(1);
        assertThat(report.get("errors")).hasSize(2);
        assertThat(report.get("errors").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("difficulty");
        assertThat(report.get("errors").get(1).get("index").asInt()).isEqualTo(3);
        assertThat(report.get("errors").get(1).get("field").asString()).isEqualTo("wrongOptions");
        assertThat(jdbc.sql("SELECT text FROM ladder_questions WHERE text LIKE ?")
                        .param("Who wrote%" + tag + "?")
                        .query(String.class)
                        .single())
                .isEqualTo("Who wrote \"Dracula\" – " + tag + "?");
        assertThat(jdbc.sql("SELECT name FROM ladder_categories WHERE slug = ?")
                        .param("science-nature-" + tag)
                        .query(String.class)
                        .single())
                .isEqualTo("Science & Nature " + tag);
        // Importing the same file again adds nothing.
        var again = admin.post("/api/v1/ladder-questions/imports/opentdb", body).json();
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void onlyAdministratorsImportAndAddLadders() {
        var user = accounts.newUser();

        var imported = user.post("/api/v1/ladder-questions/imports/opentdb", "{\"results\": []}");
        var ladder = user.post("/api/v1/ladders", """
                {"slug": "mine", "name": "Mine", "levels": [{"prize": 1, "difficulty": "EASY", "seconds": 20,
                 "safe": false}]}""");

        assertThat(imported.status()).isEqualTo(403);
        assertThat(imported.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(ladder.status()).isEqualTo(403);
    }

    @Test
    void aProposalWaitsForAModeratorAndIsThenAsked() {
        var author = accounts.newUser();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var proposed = author.post("/api/v1/ladder-questions", """
                {"kind": "MULTIPLE", "text": "Which planet is closest to the Sun (%s)?", "rightOption": "Mercury",
                 "wrongOptions": ["Venus", "Earth", "Mars"], "categories": ["science"]}""".formatted(tag));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        assertThat(proposed.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(proposed.json().get("difficulty").asString()).isEqualTo("UNASSIGNED");
        assertThat(author.get("/api/v1/ladder-questions/" + id).status()).isEqualTo(200);
        assertThat(accounts.newUser().get("/api/v1/ladder-questions/" + id).status())
                .isEqualTo(404);
        assertThat(author.get("/api/v1/ladder-questions/pending").status()).isEqualTo(403);
        assertThat(author.post("/api/v1/ladder-questions/" + id + "/review", "{\"approve\": true}")
                        .status())
                .isEqualTo(403);
        var duplicate = author.post("/api/v1/ladder-questions", """
                {"kind": "MULTIPLE", "text": "which planet is closest to the sun (%s)?", "rightOption": "Mercury",
                 "wrongOptions": ["Venus", "Earth", "Mars"], "categories": ["science"]}""".formatted(tag));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("reason").asString()).isEqualTo("duplicate-question");

        var moderator = accounts.newAdmin();
        assertThat(moderator.get("/api/v1/ladder-questions/pending").body()).contains(id);
        var unassigned = moderator.post("/api/v1/ladder-questions/" + id + "/review", "{\"approve\": true}");
        assertThat(unassigned.status()).isEqualTo(400);
        var approved = moderator.post(
                "/api/v1/ladder-questions/" + id + "/review", "{\"approve\": true, \"difficulty\": \"HARD\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("difficulty").asString()).isEqualTo("HARD");
        assertThat(moderator
                        .post("/api/v1/ladder-questions/" + id + "/review", "{\"approve\": false}")
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("already-reviewed");
    }

    @Test
    void aProposalIsCheckedFieldByField() {
        var author = accounts.newUser();

        var noAnswer = author.post("/api/v1/ladder-questions", """
                {"kind": "TRUE_FALSE", "text": "Something", "categories": ["science"]}""");
        var sameOptions = author.post("/api/v1/ladder-questions", """
                {"kind": "MULTIPLE", "text": "Pick one", "rightOption": "A", "wrongOptions": ["a", "B", "C"],
                 "categories": ["science"]}""");
        var unknownCategory = author.post("/api/v1/ladder-questions", """
                {"kind": "TRUE_FALSE", "text": "Something", "answer": true, "categories": ["astrology"]}""");

        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");
        assertThat(sameOptions.json().get("errors").get(0).get("field").asString())
                .isEqualTo("wrongOptions");
        assertThat(unknownCategory.json().get("errors").get(0).get("field").asString())
                .isEqualTo("categories");
    }
}
