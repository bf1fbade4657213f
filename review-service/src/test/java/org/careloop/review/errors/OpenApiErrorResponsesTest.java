package org.careloop.review.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/** Every operation of the JSON API documents its 401 and 403, and those with a body their 400, in the error shape. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class OpenApiErrorResponsesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsItsErrorsInTheErrorShape() {
        JsonPath openapi = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            // /api/test/** is ErrorProbeResource, test code only.
            if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/test/")) {
                continue;
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                List<String> required = new ArrayList<>(List.of("401", "403"));
                if (operation.containsKey("requestBody")) {
                    required.add("400");
                }
                for (String status : required) {
                    Object response = responses.get(status);
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + status;
                    if (!(response instanceof Map<?, ?> r)
                            || !String.valueOf(r.get("content")).contains("ApiError")) {
                        missing.add(where);
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(5);
        assertThat(missing).isEmpty();
    }
}
