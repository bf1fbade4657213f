package org.careloop.policy.policy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careloop.policy.common.PolicyServiceConfig;

/** The policy version in force and the version of each of its catalogues, loaded once at start. */
@Singleton
public class CurrentPolicy {

    private final PolicyManifest manifest;
    private final Map<String, String> catalogueVersions;

    @Inject
    public CurrentPolicy(PolicyServiceConfig config) {
        this(PolicyManifest.load(config.manifest()));
    }

    public CurrentPolicy(PolicyManifest manifest) {
        this.manifest = manifest;
        Map<String, String> versions = new LinkedHashMap<>();
        manifest.catalogues().forEach((name, resource) -> {
            String version =
                    PolicyDocuments.readJson(resource, VersionedDocument.class).version();
            if (version == null || version.isBlank()) {
                throw new IllegalStateException("catalogue " + resource + " has no version");
            }
            versions.put(name, version);
        });
        this.catalogueVersions = Collections.unmodifiableMap(versions);
    }

    /** The default policy on the classpath, for tests and tools that run without CDI. */
    public static CurrentPolicy fromClasspath() {
        return new CurrentPolicy(PolicyManifest.load("policy/policy.json"));
    }

    public String version() {
        return manifest.version();
    }

    public PolicyManifest manifest() {
        return manifest;
    }

    public String catalogue(String name) {
        return manifest.catalogue(name);
    }

    public Map<String, String> catalogueVersions() {
        return catalogueVersions;
    }
}
