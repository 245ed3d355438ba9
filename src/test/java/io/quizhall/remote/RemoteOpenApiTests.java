package io.quizhall.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Api;
import io.quizhall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes the teacher's and the device's endpoints; the teacher's need an account. */
@IntegrationTest
class RemoteOpenApiTests {

    @Autowired
    Api api;

    @Test
    void listsTheTeachersAndTheDevicesEndpoints() {
        var response = api.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");

        for (String pointer : new String[] {
            "/~1api~1v1~1controllers/get",
            "/~1api~1v1~1controllers/post/responses/404",
            "/~1api~1v1~1controllers~1{id}/patch",
            "/~1api~1v1~1controllers~1{id}~1revoke/post",
            "/~1api~1v1~1devices~1setup/post",
            "/~1api~1v1~1devices~1setup~1collect/post/responses/202",
            "/~1api~1v1~1devices~1setup~1collect/post/responses/410",
            "/~1api~1v1~1devices~1ping/post/responses/403",
            "/~1api~1v1~1devices~1join/post/responses/409"
        }) {
            assertThat(paths.at(pointer).isObject()).as(pointer).isTrue();
        }
        assertThat(paths.at("/~1api~1v1~1devices~1ping/post/parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").asString()))
                .contains("X-Controller-Secret");
    }

    @Test
    void theTeachersEndpointsNeedAnAccount() {
        assertThat(api.get("/api/v1/controllers").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/controllers", "application/json", "{}").status())
                .isIn(401, 403);
    }
}
