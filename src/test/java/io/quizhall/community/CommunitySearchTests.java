package io.quizhall.community;

import static io.quizhall.community.CommunityFixtures.abcd;
import static io.quizhall.community.CommunityFixtures.marker;
import static io.quizhall.community.CommunityFixtures.order;
import static io.quizhall.community.CommunityFixtures.publicQuiz;
import static io.quizhall.community.CommunityFixtures.quiz;
import static io.quizhall.community.CommunityFixtures.range;
import static io.quizhall.community.CommunityFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The listing and the full-text search, on a small known corpus made through the API. */
@IntegrationTest
class CommunitySearchTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ranksTitleMatchesBeforeDescriptionBeforeQuestionTexts() {
        var author = accounts.newUser();
        String marker = marker();
        UUID inQuestion = publicQuiz(author, "Earth " + marker, "Rocks and stones", abcd("Which volcano is tallest?"));
        UUID inTitle = publicQuiz(author, "Volcanoes " + marker, "Mountains of fire", abcd("Which is hot?"));
        UUID inDescription = publicQuiz(author, "Geology " + marker, "All about volcanoes", abcd("Which is hot?"));

        JsonNode page = search(marker + " volcano");

        assertThat(ids(page)).containsExactly(inTitle, inDescription, inQuestion);
        assertThat(page.get("sort").asString()).isEqualTo("relevance");
    }

    @Test
    void matchesPrefixesAsYouTypeAndHighlightsTheMatches() {
        var author = accounts.newUser();
        String marker = marker();
        UUID id = publicQuiz(author, "Photosynthesis " + marker, "How plants make sugar from light", abcd("Why?"));

        JsonNode page = search(marker.substring(0, 8) + " photo");

        assertThat(ids(page)).containsExactly(id);
        JsonNode highlight = page.get("items").get(0).get("highlight");
        assertThat(highlight.get("title").get(0).get("text").asString()).isEqualTo("Photosynthesis");
        assertThat(highlight.get("title").get(0).get("match").asBoolean()).isTrue();
        assertThat(highlight.get("snippet").toString()).contains("plants make sugar");
    }

    @Test
    void findsMisspeltTitlesWhenPgTrgmIsInstalled() {
        var author = accounts.newUser();
        String marker = marker();
        UUID id = publicQuiz(author, "Photosynthesis " + marker, "Plants", abcd("Why?"));

        JsonNode page = search("photosynthsis " + marker);

        assumeThat(page.get("typoTolerance").asBoolean())
                .as("the embedded PostgreSQL has pg_trgm")
                .isTrue();
        assertThat(ids(page)).first().isEqualTo(id);
    }

    @Test
    void highlightsAreTextSegmentsNotMarkup() {
        var author = accounts.newUser();
        String marker = marker();
        publicQuiz(author, "Tags " + marker, "Plain words", abcd("A <b>bold</b> question " + marker));

        JsonNode page = search(marker);

        String snippet =
                page.get("items").get(0).get("highlight").get("snippet").toString();
        assertThat(snippet).doesNotContain("<b>").doesNotContain("\\uE000").doesNotContain("\uE000");
    }

    @Test
    void listsOnlyPublicQuizzesWithFiltersAndSorts() {
        var author = accounts.newUser();
        String name = author.user().username();
        UUID small = publicQuiz(author, "Small", "One question", abcd("One?"));
        UUID mixed = publicQuiz(author, "Mixed", "Three kinds", abcd("One?"), text("Two?"), range("Three?"));
        UUID ordered = publicQuiz(author, "Ordered", "Two kinds", order("Sort?"), text("Gold?"));
        quiz(author, "Private", "Not listed", false, abcd("Secret?"));
        jdbc.update("UPDATE quiz SET plays = 7 WHERE id = ?", ordered);
        jdbc.update("UPDATE quiz SET plays = 3 WHERE id = ?", small);
        var anonymous = accounts.anonymous();

        assertThat(ids(list(anonymous, "author=" + name))).containsExactly(ordered, mixed, small);
        assertThat(ids(list(anonymous, "author=" + name + "&sort=plays"))).containsExactly(ordered, small, mixed);
        assertThat(ids(list(anonymous, "author=" + name + "&minQuestions=2"))).containsExactly(ordered, mixed);
        assertThat(ids(list(anonymous, "author=" + name + "&maxQuestions=1"))).containsExactly(small);
        assertThat(ids(list(anonymous, "author=" + name + "&kinds=TEXT"))).containsExactly(ordered, mixed);
        assertThat(ids(list(anonymous, "author=" + name + "&kinds=TEXT&kinds=RANGE")))
                .containsExactly(mixed);
        assertThat(ids(list(anonymous, "author=" + name + "&pictures=true"))).isEmpty();
        assertThat(ids(list(anonymous, "author=" + name + "&pictures=false"))).hasSize(3);
        JsonNode card =
                list(anonymous, "author=" + name + "&kinds=RANGE").get("items").get(0);
        assertThat(card.get("questionCount").asInt()).isEqualTo(3);
        assertThat(card.get("kinds").toString()).isEqualTo("[\"ABCD\",\"RANGE\",\"TEXT\"]");
        assertThat(card.get("author").get("username").asString()).isEqualTo(name);
        assertThat(card.has("questions")).isFalse();
    }

    @Test
    void pagesWithoutSkippingOrRepeating() {
        var author = accounts.newUser();
        String name = author.user().username();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(publicQuiz(author, "Page quiz " + i, "Paged", abcd("Q?")));
        }
        var anonymous = accounts.anonymous();
        List<UUID> seen = new ArrayList<>();
        JsonNode first = list(anonymous, "author=" + name + "&size=2&page=0");
        JsonNode second = list(anonymous, "author=" + name + "&size=2&page=1");
        JsonNode third = list(anonymous, "author=" + name + "&size=2&page=2");
        seen.addAll(ids(first));
        seen.addAll(ids(second));
        seen.addAll(ids(third));

        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(third.get("hasNext").asBoolean()).isFalse();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(made).doesNotHaveDuplicates();
    }

    @Test
    void rejectsUnknownSortsAndKinds() {
        var anonymous = accounts.anonymous();
        Api.Response badSort = anonymous.get("/api/v1/community/quizzes?sort=loudest");
        Api.Response badKind = anonymous.get("/api/v1/community/quizzes?kinds=ESSAY");

        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(badKind.status()).isEqualTo(400);
    }

    @Test
    void searchTextIsNeverQuerySyntax() {
        var anonymous = accounts.anonymous();
        Api.Response response = anonymous.get("/api/v1/community/quizzes?q="
                + URLEncoder.encode("a & | ! ( ) :* ' \" \\ <-> ;--", StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
    }

    private JsonNode search(String query) {
        return list(accounts.anonymous(), "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static JsonNode list(io.quizhall.support.Session session, String query) {
        Api.Response response = session.get("/api/v1/community/quizzes?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }
}
