package org.careloop.inference.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.careloop.inference.knowledge.Retrieval;
import org.careloop.inference.knowledge.RetrievedPassage;

/**
 * The versioned prompt: the system instructions ({@code prompts/draft-reply-v1.txt}) and the user message
 * layout ({@code prompts/draft-reply-v1.user.txt}). Every provider renders it, the offline one included,
 * so that the stored hash always names the prompt a model would have seen.
 */
public record DraftPrompt(String system, String user) {

    public static final String TEMPLATE_VERSION = "draft-reply-v1";
    public static final String SYSTEM_RESOURCE = "prompts/" + TEMPLATE_VERSION + ".txt";
    private static final String USER_RESOURCE = "prompts/" + TEMPLATE_VERSION + ".user.txt";

    private static final String SYSTEM = resource(SYSTEM_RESOURCE);
    private static final String USER = resource(USER_RESOURCE);

    public static DraftPrompt render(String messageText, List<String> redFlagCategories, Retrieval retrieval) {
        StringBuilder passages = new StringBuilder();
        for (RetrievedPassage p : retrieval.passages()) {
            passages.append("[passage id=")
                    .append(p.passage().id())
                    .append("] ")
                    .append(p.passage().title())
                    .append('\n')
                    .append(p.passage().text())
                    .append("\n\n");
        }
        String user = USER.replace(
                        "%RED_FLAGS%", redFlagCategories.isEmpty() ? "none" : String.join(", ", redFlagCategories))
                .replace("%PASSAGES%", passages.length() == 0 ? "(none matched this message)\n" : passages.toString())
                // the message goes in last so that text inside it is never taken for a template marker
                .replace("%MESSAGE%", messageText);
        return new DraftPrompt(SYSTEM, user);
    }

    /** SHA-256 (hex) of the de-identified prompt exactly as it is sent: system, a blank line, user. */
    public String sha256() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((system + "\n\n" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DraftPrompt.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
