package io.quizhall.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SafeZipTests {

    private static final ImportLimits LIMITS =
            new ImportLimits(DataSize.ofMegabytes(1), 3, DataSize.ofMegabytes(2), 100, 10);

    @Test
    void readsEveryEntryOfAnArchiveWithinTheLimits() throws IOException {
        var entries = SafeZip.read(zip(2, 1000, "a"), LIMITS);
        assertThat(entries).containsOnlyKeys("a0", "a1");
        assertThat(entries.get("a1")).hasSize(1000);
    }

    @Test
    void refusesMoreEntriesThanAllowed() throws IOException {
        assertThatThrownBy(() -> SafeZip.read(zip(4, 10, "a"), LIMITS))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void stopsInflatingAtTheLimitWhateverTheHeadersSay() throws IOException {
        assertThatThrownBy(() -> SafeZip.read(zip(1, 3 * 1024 * 1024, "a"), LIMITS))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.properties()).containsKey("maxBytes"));
    }

    @Test
    void refusesNamesThatClimbOutOfTheArchive() throws IOException {
        assertThatThrownBy(() -> SafeZip.read(zip(1, 10, "../evil"), LIMITS))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
    }

    private static byte[] zip(int entries, int size, String prefix) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry(prefix + i));
                zip.write(new byte[size]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
