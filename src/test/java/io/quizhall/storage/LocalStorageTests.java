package io.quizhall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The storage contract on the default backend, a local directory. */
@IntegrationTest
class LocalStorageTests extends StorageContractTests {

    @Override
    String backend() {
        return "local";
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        var paths = accounts.anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/storage")).isTrue();
        assertThat(paths.get("/api/v1/storage").has("post")).isTrue();
        assertThat(paths.get("/api/v1/storage/{id}").has("patch")).isTrue();
        assertThat(paths.get("/api/v1/storage/{id}/download").has("get")).isTrue();
    }
}
