package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B, and the drift window and code format the sign-in relies on. */
class TotpTests {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfc6238TestVectorsForSha1(long seconds, String expected) {
        assertThat(Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1"))
                .isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcVector() {
        assertThat(Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now))
                .isEmpty();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SHA1_KEY, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, "2870８2", now)).isEmpty();
    }

    @Test
    void encodesSecretsInRfc4648Base32AsAuthenticatorAppsExpect() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("Quizhall", "ada lovelace", SHA1_KEY))
                .isEqualTo("otpauth://totp/Quizhall:ada%20lovelace?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Quizhall&algorithm=SHA1&digits=6&period=30");
    }
}
