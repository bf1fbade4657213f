package org.careloop.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Renders a kustomization with `kubectl kustomize`, as a clinic would before `kubectl apply`. */
final class Kustomize {

    private Kustomize() {}

    /** kubectl from -Dkubectl=..., else the first on PATH; the tests are skipped, saying why, only when there is none. */
    static Path kubectl() {
        String given = System.getProperty("kubectl");
        if (given != null && !Files.isExecutable(Path.of(given))) {
            throw new IllegalStateException("-Dkubectl=" + given + " is not an executable file");
        }
        Optional<Path> found = Optional.ofNullable(given)
                .map(Path::of)
                .or(() -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .map(dir -> Path.of(dir, "kubectl"))
                        .filter(Files::isExecutable)
                        .findFirst());
        if (found.isEmpty()) {
            String reason = "kubectl is not installed (not on PATH, no -Dkubectl=...): the overlays are not rendered"
                    + " or checked here; install kubectl to run these checks";
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return found.get();
    }

    static Manifests render(Path kustomization) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kubectl().toString(), "kustomize", kustomization.toString())
                .redirectErrorStream(false)
                .start();
        // Read both streams before waiting: a large rendering fills the pipe.
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + kustomization + " failed: "
                    + new String(err, StandardCharsets.UTF_8).strip());
        }
        return Manifests.parse(new String(out, StandardCharsets.UTF_8));
    }
}
