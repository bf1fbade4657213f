package org.careloop.inference.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the Markdown passages come from: a folder on disk (editable, reloadable without a restart) or
 * the bundled sample set on the classpath, listed in {@code knowledge-base/index.txt} because a jar
 * cannot be listed portably.
 */
public final class KnowledgeBaseSource {

    static final String CLASSPATH_FOLDER = "knowledge-base/";

    private KnowledgeBaseSource() {}

    public static List<SourceFile> read(java.util.Optional<String> directory) {
        return directory.map(d -> fromDirectory(Path.of(d))).orElseGet(KnowledgeBaseSource::fromClasspath);
    }

    public static List<SourceFile> fromDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<SourceFile> out = new ArrayList<>();
            for (Path file :
                    files.filter(KnowledgeBaseSource::isPassageFile).sorted().toList()) {
                out.add(new SourceFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base folder " + directory, e);
        }
    }

    public static List<SourceFile> fromClasspath() {
        List<SourceFile> out = new ArrayList<>();
        for (String name : readResource(CLASSPATH_FOLDER + "index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            out.add(new SourceFile(name, readResource(CLASSPATH_FOLDER + name)));
        }
        return out;
    }

    private static boolean isPassageFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md") && Files.isRegularFile(p);
    }

    private static String readResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
