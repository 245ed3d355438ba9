package io.quizhall.activity;

import static io.quizhall.activity.Activities.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The activity API end to end over real HTTP: create, read, update with versions, delete, validation, ownership. */
@IntegrationTest
class ActivityApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private String picture(Accounts.SignedIn user) {
        return Activities.file(jdbc, user.user().id(), "image/png");
    }

    private String pdf(Accounts.SignedIn user) {
        return Activities.file(jdbc, user.user().id(), "application/pdf");
    }

    private String create(Accounts.SignedIn user, String title) {
        var created = user.post(
                "/api/v1/activities",
                Activities.everyKind(title, picture(user), pdf(user)).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void createsReadsUpdatesAndDeletesAnActivityOfEveryPageKindWithVersionsAsEtags() {
        var alice = accounts.newUser();
        String picture = picture(alice);
        String pdf = pdf(alice);
        ObjectNode body = Activities.everyKind("Chemistry", picture, pdf);

        var created = alice.post("/api/v1/activities", body.toString());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasPath("/api/v1/activities/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");
        assertThat(created.json().get("ownerId").asString())
                .isEqualTo(alice.user().id().toString());
        JsonNode pages = created.json().get("pages");
        assertThat(pages.valueStream().map(page -> page.get("type").asString()))
                .containsExactly("SLIDE", "MARKDOWN", "PDF", "MEMORY", "ABCD");
        assertThat(pages.at("/0/data/text").asString()).isEqualTo("Welcome to <b>chemistry</b>");
        assertThat(pages.at("/0/data/image").asString()).isEqualTo(picture);
        assertThat(pages.at("/1/data/html").asString())
                .startsWith("<h1>Water</h1>")
                .contains("<strong>H₂O</strong>");
        assertThat(pages.at("/2/data/file").asString()).isEqualTo(pdf);
        assertThat(pages.at("/3/data/cards/1/1/text").asString()).isEqualTo("Salt");
        assertThat(pages.at("/4/data/answers/1/correct").asBoolean()).isTrue();
        assertThat(Rows.count(jdbc, "storage_items_quiztivitys", "quiztivity_id = ?::uuid", id))
                .as("the picture and the PDF are linked to the activity")
                .isEqualTo(2);

        var read = alice.get("/api/v1/activities/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().getETag()).isEqualTo("\"0\"");
        assertThat(read.json().get("pages")).isEqualTo(pages);

        ObjectNode changed = Activities.activity("Chemistry, revised", Activities.slide("Only a slide", null));
        var updated = alice.put("/api/v1/activities/" + id, changed.toString(), Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().getETag()).isEqualTo("\"1\"");
        assertThat(updated.json().get("title").asString()).isEqualTo("Chemistry, revised");
        assertThat(updated.json().get("createdAt")).isEqualTo(created.json().get("createdAt"));
        assertThat(Rows.count(jdbc, "storage_items_quiztivitys", "quiztivity_id = ?::uuid", id))
                .as("links follow the content")
                .isZero();

        changed.put("version", 1);
        var byBodyVersion = alice.put("/api/v1/activities/" + id, changed.toString());
        assertThat(byBodyVersion.status()).isEqualTo(200);
        assertThat(byBodyVersion.json().get("version").asLong()).isEqualTo(2);

        assertThat(alice.delete("/api/v1/activities/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/api/v1/activities/" + id).status()).isEqualTo(404);
    }

    @Test
    void savingWhatWasReadChangesNothing() {
        var alice = accounts.newUser();
        String id = create(alice, "Tom & Jerry's <i>lab</i>");
        JsonNode first = alice.get("/api/v1/activities/" + id).json();

        var resaved = alice.put("/api/v1/activities/" + id, first.toString());

        assertThat(resaved.status())
                .as("the read activity is a valid update body")
                .isEqualTo(200);
        assertThat(resaved.json().get("title").asString()).isEqualTo("Tom &amp; Jerry's <i>lab</i>");
        assertThat(resaved.json().get("pages")).isEqualTo(first.get("pages"));
    }

    @Test
    void anUpdateMustSayWhichVersionItEdited() {
        var alice = accounts.newUser();
        String id = create(alice, "Versions");
        String body = Activities.activity("Blind overwrite", Activities.slide("x", null))
                .toString();

        var blind = alice.put("/api/v1/activities/" + id, body);
        assertThat(blind.status()).isEqualTo(428);
        assertThat(blind.json().get("code").asString()).isEqualTo("precondition-required");

        var stale = alice.put("/api/v1/activities/" + id, body, Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("precondition-failed");

        var staleBody = alice.put(
                "/api/v1/activities/" + id,
                ((ObjectNode) JSON.readTree(body)).put("version", 7).toString());
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.json().get("code").asString()).isEqualTo("conflict");

        var anyVersion = alice.put("/api/v1/activities/" + id, body, Map.of("If-Match", "*"));
        assertThat(anyVersion.status()).as("If-Match: * explicitly overwrites").isEqualTo(200);

        var staleDelete = alice.send("DELETE", "/api/v1/activities/" + id, null, Map.of("If-Match", "\"0\""));
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(alice.get("/api/v1/activities/" + id).json().get("title").asString())
                .isEqualTo("Blind overwrite");
    }

    @Test
    void anotherUsersActivityIsNotFoundForEveryRequestAndAnonymousCallersMustLogIn() {
        var alice = accounts.newUser();
        var mallory = accounts.newUser();
        String id = create(alice, "Private");
        String body =
                Activities.activity("Mine now", Activities.slide("x", null)).toString();

        for (var response : List.of(
                mallory.get("/api/v1/activities/" + id),
                mallory.put("/api/v1/activities/" + id, body, Map.of("If-Match", "*")),
                mallory.delete("/api/v1/activities/" + id),
                mallory.get("/api/v1/activities/" + id + "/export"),
                mallory.get("/api/v1/activities/" + id + "/shares"),
                mallory.post("/api/v1/activities/" + id + "/shares", "{\"name\": \"stolen\"}"))) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("code").asString()).isEqualTo("not-found");
        }
        assertThat(mallory.get("/api/v1/activities").json().get("totalItems").asLong())
                .isZero();
        assertThat(api.get("/api/v1/activities/" + id).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/activities").status()).isEqualTo(401);
        assertThat(alice.get("/api/v1/activities/" + id).json().get("title").asString())
                .isEqualTo("Private");
    }

    @Test
    void listsMyActivitiesMostRecentlySavedFirst() {
        var alice = accounts.newUser();
        String older = create(alice, "Older");
        String newer = create(alice, "Newer");

        JsonNode page = alice.get("/api/v1/activities?size=10").json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.at("/items/0/id").asString()).isEqualTo(newer);
        assertThat(page.at("/items/1/id").asString()).isEqualTo(older);
        assertThat(page.at("/items/0/pageCount").asInt()).isEqualTo(5);
        assertThat(page.at("/items/0/pageTypes").valueStream().map(JsonNode::asString))
                .containsExactly("SLIDE", "MARKDOWN", "PDF", "MEMORY", "ABCD");
        assertThat(page.at("/items/0").has("pages"))
                .as("a summary has no content")
                .isFalse();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("a blank title", a -> a.put("title", "  <b> </b> "), "title"),
                rule("no pages", a -> a.putArray("pages"), "pages"),
                rule("a page without a type", a -> obj(pages(a).get(0)).remove("type"), "pages[0].type"),
                rule("an unknown page type", a -> obj(pages(a).get(0)).put("type", "VIDEO"), "pages[0].type"),
                rule("a property the kind does not have", a -> data(a, 0).put("answers", "x"), "pages[0].data.answers"),
                rule("a slide without text", a -> data(a, 0).remove("text"), "pages[0].data.text"),
                rule("a blank markdown page", a -> data(a, 1).put("markdown", "   "), "pages[1].data.markdown"),
                rule(
                        "a markdown page over the limit",
                        a -> data(a, 1).put("markdown", "x".repeat(20_001)),
                        "pages[1].data.markdown"),
                rule("a page title over the limit", a -> page(a, 1).put("title", "t".repeat(201)), "pages[1].title"),
                rule("a PDF page without a file", a -> data(a, 2).remove("file"), "pages[2].data.file"),
                rule("a PDF page showing a picture", a -> data(a, 2).put("file", image(a)), "pages[2].data.file"),
                rule("a slide showing a PDF", a -> data(a, 0).put("image", pdfOf(a)), "pages[0].data.image"),
                rule(
                        "a file id that is no id",
                        a -> data(a, 0).put("image", "../../etc/passwd"),
                        "pages[0].data.image"),
                rule("one pair only", a -> cards(a).remove(1), "pages[3].data.cards"),
                rule(
                        "a pair of three cards",
                        a -> arr(cards(a).get(0)).addObject().put("text", "x"),
                        "pages[3].data.cards[0]"),
                rule(
                        "a card with neither text nor picture",
                        a -> obj(arr(cards(a).get(0)).get(1)).remove("text"),
                        "pages[3].data.cards[0][1]"),
                rule(
                        "an ABCD page without a correct answer",
                        a -> obj(data(a, 4).get("answers").get(1)).put("correct", false),
                        "pages[4].data.answers"),
                rule(
                        "an ABCD page with one answer",
                        a -> {
                            ArrayNode answers = arr(data(a, 4).get("answers"));
                            answers.remove(2);
                            answers.remove(0);
                        },
                        "pages[4].data.answers"),
                rule(
                        "a blank ABCD option",
                        a -> obj(data(a, 4).get("answers").get(0)).put("answer", "<i></i>"),
                        "pages[4].data.answers[0].answer"));
    }

    private static Arguments rule(String description, Consumer<ObjectNode> mutation, String field) {
        return Arguments.of(description, mutation, field);
    }

    private static ObjectNode obj(JsonNode node) {
        return (ObjectNode) node;
    }

    private static ArrayNode arr(JsonNode node) {
        return (ArrayNode) node;
    }

    private static ArrayNode pages(ObjectNode activity) {
        return arr(activity.get("pages"));
    }

    private static ObjectNode page(ObjectNode activity, int index) {
        return obj(pages(activity).get(index));
    }

    private static ObjectNode data(ObjectNode activity, int index) {
        return obj(page(activity, index).get("data"));
    }

    private static ArrayNode cards(ObjectNode activity) {
        return arr(data(activity, 3).get("cards"));
    }

    /** The fixture's picture and PDF, to put each where the other belongs. */
    private static String image(ObjectNode activity) {
        return data(activity, 0).get("image").asString();
    }

    private static String pdfOf(ObjectNode activity) {
        return data(activity, 2).get("file").asString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void refusesABrokenRuleAtItsPath(String description, Consumer<ObjectNode> mutation, String field) {
        var alice = accounts.newUser();
        ObjectNode body = Activities.everyKind("Rules", picture(alice), pdf(alice));
        mutation.accept(body);

        var response = alice.post("/api/v1/activities", body.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .contains(field);
    }

    @Test
    void listsEveryInvalidFieldAtOnceAndRefusesSomeoneElsesFiles() {
        var alice = accounts.newUser();
        var bob = accounts.newUser();
        ObjectNode body = Activities.everyKind("", picture(bob), pdf(bob));

        var response = alice.post("/api/v1/activities", body.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("title", "pages[0].data.image", "pages[2].data.file");
        assertThat(response.json().at("/errors").findValuesAsString("message"))
                .contains("must be the id of an image you uploaded", "must be the id of a PDF you uploaded");
    }

    @Test
    void exportsAndImportsAnActivityRoundTrip() {
        var alice = accounts.newUser();
        String id = create(alice, "Portable");

        var export = alice.get("/api/v1/activities/" + id + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().getFirst("Content-Disposition")).contains("attachment", "activity-" + id + ".json");
        JsonNode document = export.json();
        assertThat(document.get("format").asString()).isEqualTo("quizhall-activity");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("activity").has("id")).isFalse();

        var imported = alice.post("/api/v1/activities/import", document.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String copy = imported.json().get("id").asString();
        assertThat(copy).isNotEqualTo(id);
        assertThat(alice.get("/api/v1/activities/" + copy + "/export").json().get("activity"))
                .isEqualTo(document.get("activity"));

        ObjectNode wrong = (ObjectNode) document.deepCopy();
        wrong.put("format", "quizhall-quiz").put("version", 2);
        ((ObjectNode) wrong.get("activity")).put("title", "");
        var refused = alice.post("/api/v1/activities/import", wrong.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("format", "version");

        ObjectNode badContent = (ObjectNode) document.deepCopy();
        ((ObjectNode) badContent.get("activity")).put("title", "");
        var badField = alice.post("/api/v1/activities/import", badContent.toString());
        assertThat(badField.json().at("/errors/0/field").asString()).isEqualTo("activity.title");

        var bob = accounts.newUser();
        var foreign = bob.post("/api/v1/activities/import", document.toString());
        assertThat(foreign.status()).as("someone else's files stay theirs").isEqualTo(400);
        assertThat(foreign.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .contains("activity.pages[0].data.image", "activity.pages[2].data.file");
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        var alice = accounts.newUser();
        String huge = Activities.activity("Huge", Activities.markdown("x".repeat(2_200_000)))
                .toString();

        var response = alice.post("/api/v1/activities", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
    }
}
