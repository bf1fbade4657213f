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
 * The versioned prompt: the system instructions ({@code prompts/draft-reply-v2.txt}) and the user message
 * layout ({@code prompts/draft-reply-v2.user.txt}). Every provider renders it, the offline one included,
 * so that the stored hash always names the prompt a model would have seen.
 *
 * <p>The patient's text goes in as one JSON string on one line ({@link #quoted}): whatever it holds, it cannot
 * close the {@code <<< >>>} block or start a line that looks like a passage header. v1 pasted it in raw.
 */
public record DraftPrompt(String system, String user) {

    public static final String TEMPLATE_VERSION = "draft-reply-v2";
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
                .replace("%MESSAGE%", quoted(messageText));
        return new DraftPrompt(SYSTEM, user);
    }

    /**
     * The text as a JSON string literal on one line: quotes, backslashes and every control character escaped (line
     * breaks too, and the Unicode line and paragraph separators), and the angle brackets as JSON unicode escapes so
     * that no {@code <<<} or {@code >>>} survives in it.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '<' || c == '>' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
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
