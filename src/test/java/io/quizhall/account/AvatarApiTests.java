package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AvatarApiTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Api api;

    @Test
    void anUploadedPngIsServedBackAsIs() throws IOException {
        var user = accounts.newUser();
        byte[] png = image(64, 64, "png");

        assertThat(user.putBytes("/api/v1/account/avatar", png, "application/octet-stream")
                        .status())
                .isEqualTo(204);

        var served = api.get("/api/v1/users/" + user.user().id() + "/avatar");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(user.get("/api/v1/auth/me").json().get("avatarUrl").asString())
                .isEqualTo("/api/v1/users/" + user.user().id() + "/avatar");
    }

    @Test
    void aJpegIsAcceptedWhateverTheClaimedType() throws IOException {
        var user = accounts.newUser();

        var response = user.putBytes("/api/v1/account/avatar", image(32, 32, "jpg"), "image/png");

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + user.user().id() + "/avatar").contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void usersWithoutAnAvatarGetAGeneratedOneThatStaysTheSame() {
        var user = accounts.newUser();

        var first = api.get("/api/v1/users/" + user.user().id() + "/avatar");
        var second = api.get("/api/v1/users/" + user.user().id() + "/avatar");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.body()).isEqualTo(second.body());
        assertThat(AvatarService.generated(UUID.randomUUID()))
                .isNotEqualTo(AvatarService.generated(user.user().id()));
    }

    @Test
    void htmlAndSvgDisguisedAsImagesAreRefused() {
        var user = accounts.newUser();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

        var asPng = user.putBytes("/api/v1/account/avatar", html, "image/png");
        var asSvg = user.putBytes("/api/v1/account/avatar", svg, "image/svg+xml");

        assertThat(asPng.status()).isEqualTo(415);
        assertThat(asPng.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(asSvg.status()).isEqualTo(415);
    }

    @Test
    void aPngWithHtmlAppendedIsRefusedAndNeverServed() throws IOException {
        var user = accounts.newUser();
        byte[] polyglot = concat(
                image(16, 16, "png"),
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));

        var response = user.putBytes("/api/v1/account/avatar", polyglot, "image/png");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("unsupported-media-type");
        assertThat(api.get("/api/v1/users/" + user.user().id() + "/avatar").body())
                .as("the generated avatar is served, not the upload")
                .doesNotContain("<script>");
    }

    @Test
    void avatarsOverTwentyFiveThousandBytesAreRefused() throws IOException {
        var user = accounts.newUser();
        byte[] big = noisyPng(200, 200);
        assertThat(big.length).isGreaterThan(AvatarService.MAX_BYTES);

        var response = user.putBytes("/api/v1/account/avatar", big, "image/png");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("maxBytes").asInt()).isEqualTo(25_000);
    }

    @Test
    void aTinyFileClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        var user = accounts.newUser();
        byte[] bomb = withDimensions(image(8, 8, "png"), 60_000, 60_000);

        var response = user.putBytes("/api/v1/account/avatar", bomb, "image/png");

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void unknownUsersHaveNoAvatar() {
        assertThat(api.get("/api/v1/users/" + UUID.randomUUID() + "/avatar").status())
                .isEqualTo(404);
    }

    @Test
    void removingTheAvatarFallsBackToTheGeneratedOne() throws IOException {
        var user = accounts.newUser();
        String path = "/api/v1/users/" + user.user().id() + "/avatar";
        String generated = api.get(path).body();
        user.putBytes("/api/v1/account/avatar", image(16, 16, "png"), "image/png");
        assertThat(api.get(path).body()).isNotEqualTo(generated);

        assertThat(user.delete("/api/v1/account/avatar").status()).isEqualTo(204);

        assertThat(api.get(path).body()).isEqualTo(generated);
    }

    static byte[] image(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] noisyPng(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(7);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Rewrites a PNG's IHDR width and height (and its CRC), leaving the tiny pixel data as it is. */
    static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        var crc = new CRC32();
        crc.update(copy, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }
}
