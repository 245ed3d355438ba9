package io.quizhall.quiz;

import static io.quizhall.quiz.QuizFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The quiz API end to end over real HTTP: what an editor in a browser does. */
@IntegrationTest
class QuizApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    static Stream<String> kinds() {
        return Stream.of("ABCD", "CHECK", "RANGE", "VOTING", "ORDER", "TEXT", "SLIDE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindOfQuestionRoundTripsThroughTheApiUnchanged(String kind) {
        var alice = accounts.newUser();
        String picture = QuizFixtures.image(jdbc, alice.user().id());
        Question question = Quizzes.oneOfEachKind(picture).stream()
                .filter(candidate ->
                        JSON.valueToTree(candidate).get("type").asString().equals(kind))
                .findFirst()
                .orElseThrow();

        var created = alice.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz("One " + kind, List.of(question), null).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = alice.get(created.headers().getLocation().getPath());

        assertThat(read.status()).isEqualTo(200);
        JsonNode json = read.json().get("questions").get(0);
        assertThat(json.get("type").asString()).isEqualTo(kind);
        assertThat(JSON.treeToValue(json, Question.class)).isEqualTo(question);
        assertThat(QuizFixtures.questions(created.json().get("questions"))).containsExactly(question);
    }

    @Test
    void createsReadsUpdatesAndDeletesAQuizWithVersionsAsEtags() {
        var alice = accounts.newUser();
        String cover = QuizFixtures.image(jdbc, alice.user().id());
        ObjectNode body = QuizFixtures.quiz("Planets", Quizzes.oneOfEachKind(cover), cover);

        var created = alice.post("/api/v1/quizzes", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasPath("/api/v1/quizzes/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.json().get("ownerId").asString())
                .isEqualTo(alice.user().id().toString());
        assertThat(created.json().get("public").asBoolean()).isFalse();
        assertThat(created.json().get("coverImage").asString()).isEqualTo(cover);
        assertThat(created.json().get("backgroundColor").asString()).isEqualTo("#1a2b3c");
        assertThat(Rows.count(jdbc, "storage_items_quiz", "quiz_id = ?::uuid", id))
                .as("the quiz's pictures are linked to it")
                .isEqualTo(1);

        var read = alice.get("/api/v1/quizzes/" + id);
        assertThat(read.headers().getETag()).isEqualTo("\"0\"");
        assertThat(read.json().get("title").asString()).isEqualTo("Planets");

        body.put("title", "Planets, revised");
        var updated = alice.put("/api/v1/quizzes/" + id, body.toString(), Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().getETag()).isEqualTo("\"1\"");
        assertThat(updated.json().get("title").asString()).isEqualTo("Planets, revised");
        assertThat(updated.json().get("createdAt")).isEqualTo(created.json().get("createdAt"));

        body.put("version", 1);
        var byBodyVersion = alice.put("/api/v1/quizzes/" + id, body.toString());
        assertThat(byBodyVersion.status()).isEqualTo(200);
        assertThat(byBodyVersion.json().get("version").asLong()).isEqualTo(2);

        assertThat(alice.delete("/api/v1/quizzes/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/api/v1/quizzes/" + id).status()).isEqualTo(404);
        assertThat(Rows.count(jdbc, "storage_items_quiz", "quiz_id = ?::uuid", id))
                .isZero();
    }

    @Test
    void anUpdateMustSayWhichVersionItEdited() {
        var alice = accounts.newUser();
        String id = create(alice, "Versions");
        String body = QuizFixtures.quiz("Blind overwrite", Quizzes.oneOfEachKind(image(alice)), null)
                .toString();

        var blind = alice.put("/api/v1/quizzes/" + id, body);
        assertThat(blind.status()).isEqualTo(428);
        assertThat(blind.json().get("code").asString()).isEqualTo("precondition-required");

        var weak = alice.put("/api/v1/quizzes/" + id, body, Map.of("If-Match", "W/\"0\""));
        assertThat(weak.status()).as("If-Match compares strongly").isEqualTo(412);

        var stale = alice.put("/api/v1/quizzes/" + id, body, Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("precondition-failed");

        var staleBody = alice.put(
                "/api/v1/quizzes/" + id,
                ((ObjectNode) JSON.readTree(body)).put("version", 7).toString());
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.json().get("code").asString()).isEqualTo("conflict");

        var anyVersion = alice.put("/api/v1/quizzes/" + id, body, Map.of("If-Match", "*"));
        assertThat(anyVersion.status()).as("If-Match: * explicitly overwrites").isEqualTo(200);

        var staleDelete = alice.send("DELETE", "/api/v1/quizzes/" + id, null, Map.of("If-Match", "\"0\""));
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(alice.get("/api/v1/quizzes/" + id).json().get("title").asString())
                .isEqualTo("Blind overwrite");
    }

    @Test
    void aSecondTabSavingAStaleVersionLosesNothingOfTheFirst() {
        var alice = accounts.newUser();
        String id = create(alice, "Two tabs");
        String firstTab = alice.get("/api/v1/quizzes/" + id).headers().getETag();
        String secondTab = alice.get("/api/v1/quizzes/" + id).headers().getETag();
        String picture = image(alice);

        var first = alice.put(
                "/api/v1/quizzes/" + id,
                QuizFixtures.quiz("First tab", Quizzes.oneOfEachKind(picture), null)
                        .toString(),
                Map.of("If-Match", firstTab));
        var second = alice.put(
                "/api/v1/quizzes/" + id,
                QuizFixtures.quiz("Second tab", Quizzes.oneOfEachKind(picture), null)
                        .toString(),
                Map.of("If-Match", secondTab));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        assertThat(alice.get("/api/v1/quizzes/" + id).json().get("title").asString())
                .isEqualTo("First tab");
    }

    @Test
    void savingWhatWasReadChangesNothingEvenWithSpecialCharacters() {
        var alice = accounts.newUser();
        List<Question> questions = List.of(new Question.Text(
                "Is 2 < 3 & 4 > 1? \"Quotes\", 'apostrophes', 1+1=2, a@b, `code`, emoji 😀, <b>bold</b>",
                20,
                null,
                false,
                List.of(new Question.TextAnswer("R&D &lt;yes&gt;", false))));
        var created = alice.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz("Tom & Jerry's &lt;quiz&gt; <unknown>tag", questions, null)
                        .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode first = created.json();
        assertThat(first.get("title").asString())
                .as("input is HTML: escaped text stays, unknown tags go")
                .isEqualTo("Tom &amp; Jerry's &lt;quiz&gt; tag");
        Question.Text stored =
                (Question.Text) QuizFixtures.questions(first.get("questions")).get(0);
        assertThat(stored.question())
                .isEqualTo("Is 2 &lt; 3 &amp; 4 &gt; 1? \"Quotes\", 'apostrophes', 1+1=2, a@b, `code`, emoji 😀, "
                        + "<b>bold</b>");
        assertThat(stored.answers().get(0).plainText()).isEqualTo("R&D <yes>");

        ObjectNode again = (ObjectNode) first.deepCopy();
        var resaved = alice.put("/api/v1/quizzes/" + first.get("id").asString(), again.toString());

        assertThat(resaved.status()).as("the read quiz is a valid update body").isEqualTo(200);
        assertThat(resaved.json().get("title")).isEqualTo(first.get("title"));
        assertThat(resaved.json().get("questions")).isEqualTo(first.get("questions"));
    }

    @Test
    void listsOnlyMyQuizzesPagedAndSorted() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        create(alice, "Bravo");
        create(alice, "Alpha");
        create(alice, "Charlie");
        create(bob, "Bob's");

        var byTitle = alice.get("/api/v1/quizzes?sort=title&size=2");
        assertThat(byTitle.status()).isEqualTo(200);
        assertThat(titles(byTitle.json())).containsExactly("Alpha", "Bravo");
        assertThat(byTitle.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(byTitle.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(titles(alice.get("/api/v1/quizzes?sort=title&size=2&page=1").json()))
                .containsExactly("Charlie");
        assertThat(titles(alice.get("/api/v1/quizzes?sort=title,desc").json()))
                .containsExactly("Charlie", "Bravo", "Alpha");
        assertThat(titles(alice.get("/api/v1/quizzes").json()))
                .as("newest edit first by default")
                .containsExactly("Charlie", "Alpha", "Bravo");
        assertThat(titles(alice.get("/api/v1/quizzes?sort=created,asc").json()))
                .containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(alice.get("/api/v1/quizzes")
                        .json()
                        .get("items")
                        .get(0)
                        .get("questionCount")
                        .asInt())
                .isEqualTo(7);

        for (String query : List.of("sort=views", "sort=title,sideways", "size=0", "size=101", "page=-1")) {
            var invalid = alice.get("/api/v1/quizzes?" + query);
            assertThat(invalid.status()).as(query).isEqualTo(400);
            assertThat(invalid.json().get("code").asString()).as(query).isEqualTo("validation-failed");
        }
        assertThat(api.get("/api/v1/quizzes").status()).isEqualTo(401);
    }

    @Test
    void publicQuizzesCanBeReadExportedAndCopiedByAnyone() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        String id = create(alice, "Shared");
        assertThat(api.get("/api/v1/quizzes/" + id).status()).isEqualTo(404);

        var published = alice.post("/api/v1/quizzes/" + id + "/publish", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("public").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/quizzes/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/quizzes/" + id + "/export").status()).isEqualTo(200);
        assertThat(bob.get("/api/v1/quizzes/" + id).json().get("title").asString())
                .isEqualTo("Shared");

        var copy = bob.post("/api/v1/quizzes/" + id + "/copy", "");
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("id").asString()).isNotEqualTo(id);
        assertThat(copy.json().get("ownerId").asString())
                .isEqualTo(bob.user().id().toString());
        assertThat(copy.json().get("public").asBoolean()).isFalse();
        assertThat(copy.json().get("views").asInt()).isZero();
        assertThat(copy.json().get("questions"))
                .isEqualTo(alice.get("/api/v1/quizzes/" + id).json().get("questions"));

        String copyId = copy.json().get("id").asString();
        ObjectNode edit = (ObjectNode) copy.json().deepCopy();
        edit.put("title", "Bob's version");
        var editedCopy = bob.put("/api/v1/quizzes/" + copyId, edit.toString());
        assertThat(editedCopy.status())
                .as("the copy keeps Alice's pictures through Bob's edits: %s", editedCopy.body())
                .isEqualTo(200);
        assertThat(alice.get("/api/v1/quizzes/" + id).json().get("title").asString())
                .isEqualTo("Shared");

        var unpublished = alice.post("/api/v1/quizzes/" + id + "/unpublish", "");
        assertThat(unpublished.json().get("public").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/quizzes/" + id).status()).isEqualTo(404);
        assertThat(bob.post("/api/v1/quizzes/" + id + "/copy", "").status()).isEqualTo(404);
    }

    @Test
    void publicReadsCountOncePerViewerPerDayAndNeverForTheOwner() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        String id = create(alice, "Popular");
        alice.post("/api/v1/quizzes/" + id + "/publish", "");
        String etag = alice.get("/api/v1/quizzes/" + id).headers().getETag();

        for (int i = 0; i < 3; i++) {
            alice.get("/api/v1/quizzes/" + id);
            bob.get("/api/v1/quizzes/" + id);
            api.get("/api/v1/quizzes/" + id);
        }

        var read = alice.get("/api/v1/quizzes/" + id);
        assertThat(read.json().get("views").asInt())
                .as("Bob once, the anonymous reader once")
                .isEqualTo(2);
        assertThat(read.headers().getETag()).as("views are no edit").isEqualTo(etag);
        var keys = redis.keys("qh:quiz:{" + id + "}:viewed:*");
        assertThat(keys).hasSize(2);
        assertThat(keys).allSatisfy(key -> assertThat(redis.getExpire(key)).isBetween(1L, 86_400L));
        assertThat(keys).noneMatch(key -> key.contains("127.0.0.1"));
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        var alice = accounts.newUser();
        String huge = QuizFixtures.quiz("x".repeat(1_100_000), Quizzes.oneOfEachKind(image(alice)), null)
                .toString();

        var response = alice.post("/api/v1/quizzes", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
    }

    @Test
    void refusesChunkedBodiesOnceTheyPassTheSizeLimit() throws Exception {
        var alice = accounts.newUser();
        String key = alice.post("/api/v1/api-keys", "{\"name\": \"importer\"}")
                .json()
                .get("key")
                .asString();
        byte[] huge = QuizFixtures.quiz("x".repeat(1_100_000), Quizzes.oneOfEachKind(image(alice)), null)
                .toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + "/api/v1/quizzes"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                // No Content-Length: the body is sent chunked, so only counting while reading can stop it.
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)))
                .build();

        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("payload-too-large");
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundOrInvalidNeverAServerError() {
        var alice = accounts.newUser();

        assertThat(alice.get("/api/v1/quizzes/" + UUID.randomUUID()).status()).isEqualTo(404);
        var malformedId = alice.get("/api/v1/quizzes/not-a-uuid");
        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(malformedId.contentType()).startsWith("application/problem+json");
        assertThat(malformedId.json().get("type").asString()).startsWith("urn:quizhall:problem:");
        assertThat(malformedId.body()).doesNotContain("Exception");
        assertThat(alice.post("/api/v1/quizzes", "{not json").status()).isEqualTo(400);
        assertThat(alice.post("/api/v1/quizzes", "").status()).isEqualTo(400);
    }

    private String image(Accounts.SignedIn user) {
        return QuizFixtures.image(jdbc, user.user().id());
    }

    private String create(Accounts.SignedIn user, String title) {
        var created = user.post(
                "/api/v1/quizzes",
                QuizFixtures.quiz(title, Quizzes.oneOfEachKind(image(user)), null)
                        .toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("title").asString())
                .toList();
    }
}
