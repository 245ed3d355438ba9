package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import io.quizhall.support.Rows;
import io.quizhall.support.Session;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PDFs are accepted for activities only, decided by content like every other type, within a size and a page limit;
 * encrypted PDFs and PDFs with scripts, launch actions or attachments are refused (not neutralised: the stored file
 * is always byte for byte what the teacher uploaded), and so is anything that merely claims to be a PDF.
 */
@IntegrationTest
class PdfUploadTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProperties properties;

    static Api.Response uploadForActivity(Session session, String filename, String claimedType, byte[] content) {
        return session.upload("/api/v1/storage", filename, claimedType, content, Map.of("purpose", "activity"));
    }

    @Test
    void acceptsAPdfForAnActivityAndServesItForTheBrowsersViewerInAFrameOfOurOwn() {
        var teacher = accounts.newUser();
        byte[] pdf = TestPdfs.pages(3);

        var uploaded = uploadForActivity(teacher, "worksheet.pdf", "application/octet-stream", pdf);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("mimeType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.json().has("width")).isFalse();
        var download =
                teacher.getBytes("/api/v1/storage/" + uploaded.json().get("id").asString() + "/download", Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().getContentType()).hasToString("application/pdf");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.headers().getFirst("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'self'");
        assertThat(download.headers().get("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void otherFilesStayUnframeableAndSandboxed() {
        var teacher = accounts.newUser();
        var picture = uploadForActivity(teacher, "cat.png", "image/png", TestFiles.png(10, 10));
        assertThat(picture.status())
                .as("pictures are welcome in activities too")
                .isEqualTo(201);

        var download =
                teacher.getBytes("/api/v1/storage/" + picture.json().get("id").asString() + "/download", Map.of());

        assertThat(download.headers().getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(download.headers().get("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void aPdfUploadedForAQuizIsRefusedWith415() {
        var teacher = accounts.newUser();

        var response =
                teacher.upload("/api/v1/storage", "worksheet.pdf", "application/pdf", TestPdfs.pages(1), Map.of());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(response.json().get("detail").asString()).contains("activities also take PDFs");
    }

    @Test
    void anUnknownPurposeIsAValidationError() {
        var teacher = accounts.newUser();

        var response = teacher.upload(
                "/api/v1/storage", "w.pdf", "application/pdf", TestPdfs.pages(1), Map.of("purpose", "anything"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("purpose");
    }

    static Stream<Arguments> refusedPdfs() {
        return Stream.of(
                Arguments.of("JavaScript run on opening", TestPdfs.withJavaScriptOpenAction(), "scripts or actions"),
                Arguments.of("JavaScript behind a link on page 2", TestPdfs.withJavaScriptLink(), "scripts or actions"),
                Arguments.of("a launch action", TestPdfs.withLaunchAction(), "scripts or actions"),
                Arguments.of("an attached file", TestPdfs.withAttachment(), "attached files"),
                Arguments.of("encryption", TestPdfs.encrypted(), "encrypted"),
                Arguments.of("a ZIP archive appended (a polyglot)", TestPdfs.withTrailingZip(), "well-formed"),
                Arguments.of(
                        "a PDF header followed by HTML",
                        TestFiles.concat(TestFiles.ascii("%PDF-1.7\n"), TestFiles.html(), TestFiles.ascii("\n%%EOF\n")),
                        "well-formed"),
                Arguments.of("an HTML page renamed .pdf", TestFiles.html(), "read from the file's content"),
                Arguments.of("a ZIP archive renamed .pdf", TestFiles.zip(), "read from the file's content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPdfs")
    void refusesWith415AndKeepsNothing(String description, byte[] content, String reason) {
        var teacher = accounts.newUser();

        var response = uploadForActivity(teacher, "worksheet.pdf", "application/pdf", content);

        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(response.json().get("detail").asString()).contains(reason);
        assertThat(Rows.count(
                        jdbc, "storage_items", "user_id = ?", teacher.user().id()))
                .isZero();
    }

    @Test
    void aLinkToAWebPageIsFine() {
        var teacher = accounts.newUser();

        var response = uploadForActivity(teacher, "links.pdf", "application/pdf", TestPdfs.withWebLink());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void refusesMorePagesThanAllowedWith413() {
        var teacher = accounts.newUser();
        int max = properties.maxPdfPages();
        assertThat(uploadForActivity(teacher, "max.pdf", "application/pdf", TestPdfs.pages(max))
                        .status())
                .isEqualTo(201);

        var response = uploadForActivity(teacher, "long.pdf", "application/pdf", TestPdfs.pages(max + 1));

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("payload-too-large");
        assertThat(response.json().get("maxPages").asInt()).isEqualTo(max);
    }

    @Test
    void refusesAPdfOverTheSizeLimitWith413() {
        var teacher = accounts.newUser();
        long max = properties.maxPdfSize().toBytes();
        byte[] large = TestPdfs.larger((int) max + 10_000);
        assertThat(large.length).isGreaterThan((int) max);

        var response = uploadForActivity(teacher, "big.pdf", "application/pdf", large);

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("maxBytes").asLong()).isEqualTo(max);
    }
}
