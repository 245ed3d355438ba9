package io.quizhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The web client is served to anonymous visitors, under the app's strict Content-Security-Policy. */
@IntegrationTest
class WebClientTests {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Autowired
    Api api;

    @Test
    void servesThePagesToAnonymousVisitors() {
        for (String path : List.of(
                "/",
                "/play",
                "/play?pin=123456",
                "/host/" + java.util.UUID.randomUUID(),
                "/edit",
                "/results",
                "/activities",
                "/edit-activity",
                "/learn/some-token",
                "/explore",
                "/q/" + java.util.UUID.randomUUID(),
                "/u/someone",
                "/moderation",
                "/admin")) {
            var page = api.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        }
        assertThat(api.get("/play").body()).contains("/js/play.js");
        assertThat(api.get("/host/" + java.util.UUID.randomUUID()).body()).contains("/js/host.js");
        assertThat(api.get("/results").body()).contains("/js/results.js");
        assertThat(api.get("/activities").body()).contains("/js/activities.js");
        assertThat(api.get("/edit-activity").body()).contains("/js/activity-editor.js");
        assertThat(api.get("/learn/some-token").body()).contains("/js/learn.js");
    }

    @Test
    void servesScriptsStylesAndTheStompLibrary() {
        assertThat(api.get("/js/play.js").status()).isEqualTo(200);
        assertThat(api.get("/js/play.js").contentType()).contains("javascript");
        assertThat(api.get("/css/app.css").contentType()).startsWith("text/css");
        var stomp = api.get("/webjars/stomp__stompjs/bundles/stomp.umd.min.js");
        assertThat(stomp.status()).isEqualTo(200);
        assertThat(stomp.body()).contains("StompJs");
        assertThat(api.get("/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void otherPathsStillNeedALoginAndUnknownOnesAreNotFound() {
        assertThat(api.get("/api/v1/quizzes").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/nothing-here").status()).isEqualTo(404);
        assertThat(api.get("/secret.html").status()).isEqualTo(404);
    }

    /** The CSP blocks inline scripts, inline styles and event-handler attributes; none may creep in. */
    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(inline.matcher(Files.readString(file)).find())
                        .as(file.toString())
                        .isFalse();
            }
        }
    }

    /** English text lives in js/messages.js only: the HTML pages carry keys, not sentences. */
    @Test
    void everyTextKeyOfThePagesExists() throws IOException {
        String messages = Files.readString(STATIC.resolve("js/messages.js"));
        Pattern key = Pattern.compile("data-i18n(?:-label|-placeholder)?=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    assertThat(messages).as(file + " " + matcher.group(1)).contains("'" + matcher.group(1) + "':");
                }
            }
        }
    }
}
