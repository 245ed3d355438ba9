package io.quizhall.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Special events and subject tags through the API: administrators keep the lists (validated, audited), everyone
 * reads them, nobody else changes them; quizzes are classified by their authors and found by the community
 * listing's filters; removing a tag or a special event takes it off what had it.
 */
@IntegrationTest
class ThemeApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new special event, made by the administrator; returns its id. */
    static String specialEvent(Accounts accounts, String name, boolean active) {
        var created = accounts.newAdmin().post("/api/v1/admin/special-events", """
                {"name": "%s", "emoji": "🔬", "colour": "#2A6F97", "description": "A week of <i>science</i>",
                 "active": %s}""".formatted(name, active));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static String tag(Accounts accounts, String name) {
        var created = accounts.newAdmin().post("/api/v1/admin/subject-tags", "{\"name\": \"%s\"}".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void administratorsKeepTheSpecialEventsAndEveryoneReadsThem() {
        var admin = accounts.newAdmin();
        var user = accounts.newUser();
        String name = unique("Science week");

        var refused = admin.post("/api/v1/admin/special-events", """
                {"name": "", "emoji": "abc", "colour": "blue"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("name", "emoji", "colour");

        String id = specialEvent(accounts, name, true);
        JsonNode read = api.get("/api/v1/special-events/" + id).json();
        assertThat(read.get("name").asString()).isEqualTo(name);
        assertThat(read.get("colour").asString()).isEqualTo("#2a6f97");
        assertThat(read.get("emoji").asString()).isEqualTo("🔬");
        assertThat(read.get("description").asString()).isEqualTo("A week of <i>science</i>");
        assertThat(api.get("/api/v1/special-events")
                        .json()
                        .valueStream()
                        .map(e -> e.get("id").asString()))
                .contains(id);

        var taken = admin.post("/api/v1/admin/special-events", """
                {"name": "%s", "colour": "#000000"}""".formatted(name.toUpperCase()));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(fields(taken.json())).containsExactly("name");

        assertThat(user.post("/api/v1/admin/special-events", "{\"name\": \"Mine\", \"colour\": \"#000000\"}")
                        .status())
                .isEqualTo(403);
        assertThat(accounts.anonymous()
                        .post("/api/v1/admin/special-events", "{\"name\": \"Mine\", \"colour\": \"#000000\"}")
                        .status())
                .isEqualTo(401);

        var ended = admin.put("/api/v1/admin/special-events/" + id, """
                {"name": "%s", "emoji": "", "colour": "#112233", "active": false}""".formatted(name));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("active").asBoolean()).isFalse();

        assertThat(admin.delete("/api/v1/admin/special-events/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/special-events/" + id).status()).isEqualTo(404);
        assertThat(actions("special-event", id))
                .containsExactly("special-event.create", "special-event.update", "special-event.delete");
    }

    @Test
    void twoAdministratorsNamingATagAlikeAtOnceMakeOneTag() throws Exception {
        var admin = accounts.newAdmin();
        String name = unique("History");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> admin.post("/api/v1/admin/subject-tags", "{\"name\": \"%s\"}".formatted(name))
                    .status());
        }
        var pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (var future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(201, 400);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subject_tags WHERE name = ?", Integer.class, name))
                .isEqualTo(1);
        assertThat(api.get("/api/v1/subject-tags")
                        .json()
                        .valueStream()
                        .map(t -> t.get("name").asString()))
                .contains(name);
    }

    @Test
    void anAuthorClassifiesAQuizAndTheCommunityFiltersByIt() {
        var author = accounts.newUser();
        var other = accounts.newUser();
        String special = specialEvent(accounts, unique("Maths month"), true);
        String over = specialEvent(accounts, unique("Old fair"), false);
        String algebra = tag(accounts, unique("Algebra"));
        String geometry = tag(accounts, unique("Geometry"));
        String quiz = publicQuiz(author, unique("Triangles"));

        var refused = author.put(
                "/api/v1/quizzes/" + quiz + "/classification", """
                {"specialEventId": "%s", "tagIds": ["%s", "%s"]}""".formatted(over, algebra, UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("specialEventId", "tagIds[1]");
        assertThat(other.put("/api/v1/quizzes/" + quiz + "/classification", "{\"tagIds\": []}")
                        .status())
                .as("someone else's quiz")
                .isEqualTo(404);

        var classified = author.put(
                "/api/v1/quizzes/" + quiz + "/classification", """
                {"specialEventId": "%s", "tagIds": ["%s", "%s", "%s"]}""".formatted(special, geometry, algebra, algebra));
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        assertThat(classified.json().get("tags").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/quizzes/" + quiz + "/classification")
                        .json()
                        .get("specialEvent")
                        .get("id")
                        .asString())
                .isEqualTo(special);
        JsonNode page = api.get("/api/v1/community/quizzes/" + quiz).json();
        assertThat(page.get("classification")
                        .get("tags")
                        .valueStream()
                        .map(t -> t.get("id").asString()))
                .containsExactlyInAnyOrder(algebra, geometry);

        assertThat(ids(api.get("/api/v1/community/quizzes?specialEvent=" + special)
                        .json()))
                .containsExactly(quiz);
        assertThat(ids(api.get("/api/v1/community/quizzes?tag=" + algebra).json()))
                .containsExactly(quiz);
        assertThat(ids(api.get("/api/v1/community/quizzes?tag=" + algebra + "&specialEvent=" + over)
                        .json()))
                .isEmpty();

        // Removing the tag takes it off the quiz; the audit trail has the classification.
        assertThat(accounts.newAdmin()
                        .delete("/api/v1/admin/subject-tags/" + algebra)
                        .status())
                .isEqualTo(204);
        assertThat(ids(api.get("/api/v1/community/quizzes?tag=" + algebra).json()))
                .isEmpty();
        assertThat(api.get("/api/v1/quizzes/" + quiz + "/classification")
                        .json()
                        .get("tags")
                        .size())
                .isEqualTo(1);
        assertThat(actions("quiz", quiz)).contains("quiz.classify");
    }

    @Test
    void theOpenApiDocumentListsTheNewEndpointsAndFilters() {
        JsonNode document = api.get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        for (String pointer : new String[] {
            "/~1api~1v1~1special-events/get",
            "/~1api~1v1~1special-events~1{id}/get/responses/404",
            "/~1api~1v1~1admin~1special-events/post/responses/400",
            "/~1api~1v1~1admin~1special-events~1{id}/put",
            "/~1api~1v1~1admin~1special-events~1{id}/delete",
            "/~1api~1v1~1subject-tags/get",
            "/~1api~1v1~1admin~1subject-tags/post",
            "/~1api~1v1~1admin~1subject-tags~1{id}/delete",
            "/~1api~1v1~1quizzes~1{id}~1classification/put/responses/400",
            "/~1api~1v1~1community~1alerts/post/responses/429",
            "/~1api~1v1~1admin~1trophies~1{id}~1icon/put"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
        assertThat(paths.at("/~1api~1v1~1events/get/parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString()))
                .contains("specialEvent", "tag", "hasPlaces");
        assertThat(paths.at("/~1api~1v1~1community~1quizzes/get/parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString()))
                .contains("specialEvent", "tag");
        assertThat(document.at("/components/schemas/EventRequest/properties").propertyNames())
                .contains("specialEventId", "tagIds", "picture");
    }

    private String publicQuiz(Accounts.SignedIn author, String title) {
        var created = author.post("/api/v1/quizzes", """
                {"title": "%s", "questions": [{"type": "ABCD", "question": "Angles of a triangle?", "time": 20, "hideResults": false,
                  "answers": [{"answer": "180", "right": true}, {"answer": "90", "right": false}]}]}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(author.post("/api/v1/quizzes/" + id + "/publish", "{}").status())
                .isEqualTo(200);
        return id;
    }

    private List<String> actions(String type, String id) {
        return jdbc.queryForList(
                "SELECT action FROM audit_log WHERE object_type = ? AND object_id = ? ORDER BY id",
                String.class,
                type,
                id);
    }

    static List<String> ids(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }

    static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
