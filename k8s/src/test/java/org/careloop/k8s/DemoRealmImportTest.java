package org.careloop.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The dev overlay's KeycloakRealmImport carries the demo realm inline (the Keycloak Operator takes no file), so it is
 * kept equal to keycloak/careloop-realm.json, which ./careloop imports; `-Dk8s.update-realm=true` rewrites it.
 */
class DemoRealmImportTest {

    private static final String HEADER = """
            # The demo realm (keycloak/careloop-realm.json, DEV ONLY: demo users and secrets) for the Keycloak Operator.
            # Not edited by hand: ./mvnw -pl k8s test -Dk8s.update-realm=true writes it from the JSON (DemoRealmImportTest).
            """;

    @Test
    void theDevRealmImportIsTheDemoRealm() throws Exception {
        Path json = Repository.root().resolve("keycloak/careloop-realm.json");
        Path realmImport = Repository.k8s().resolve("overlays/dev/careloop-realm-import.yaml");
        Map<String, Object> realm = Manifests.read(json).objects().get(0);
        if (Boolean.getBoolean("k8s.update-realm")) {
            Files.writeString(realmImport, HEADER + dump(realm));
        }

        Map<String, Object> imported = Manifests.read(realmImport).objects().get(0);

        assertThat(imported.get("kind")).isEqualTo("KeycloakRealmImport");
        assertThat(Tree.at(imported, "spec").get("keycloakCRName")).isEqualTo("keycloak");
        assertThat(Tree.at(imported, "spec", "realm"))
                .as(realmImport
                        + " is not keycloak/careloop-realm.json: run ./mvnw -pl k8s test -Dk8s.update-realm=true")
                .isEqualTo(realm);
    }

    private static String dump(Map<String, Object> realm) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "keycloak");
        spec.put("realm", realm);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        object.put("kind", "KeycloakRealmImport");
        object.put("metadata", Map.of("name", "careloop-demo-realm"));
        object.put("spec", spec);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        return new Yaml(options).dump(object);
    }
}
