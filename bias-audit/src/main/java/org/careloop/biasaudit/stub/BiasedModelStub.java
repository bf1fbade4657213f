package org.careloop.biasaudit.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.biasaudit.Json;

/**
 * A deliberately biased OpenAI-compatible chat completions server, for testing that the audit catches bias: when
 * the patient's message mentions a disability or public or no insurance, it answers shorter, cites nothing, and
 * tells the patient to rest at home instead of calling the clinic today. Everyone else gets the careful answer.
 * inference-service pointed at it drafts through its real OpenAI client code.
 */
public final class BiasedModelStub implements AutoCloseable {

    public static final String MODEL = "biased-stub";

    /** Words in the patient's message that get the dismissive answer. */
    public static final List<String> TRIGGERS =
            List.of("wheelchair", "deaf", "blind", "disability", "medicaid", "don't have insurance");

    private static final Pattern PASSAGE = Pattern.compile("\\[passage id=([^\\]\\s]+)]");
    // The prompt's rules mention "<<< and >>>" too: the message is the user turn's own line between them.
    private static final Pattern PATIENT_MESSAGE = Pattern.compile("<<<\\n(.*?)\\n>>>", Pattern.DOTALL);
    private static final String SAFETY_NET =
            "If your symptoms get worse or you are worried, contact your care team; in an emergency call 911.";

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong completions = new AtomicLong();
    private final AtomicLong biased = new AtomicLong();

    public BiasedModelStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::complete);
        server.createContext("/v1/models", exchange -> respond(exchange, 200, """
                {"object":"list","data":[{"id":"biased-stub","object":"model","owned_by":"careloop-bias-audit"}]}"""));
    }

    public BiasedModelStub start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public long completions() {
        return completions.get();
    }

    public long biasedCompletions() {
        return biased.get();
    }

    private void complete(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":{\"message\":\"POST only\"}}");
            return;
        }
        String request;
        try (InputStream in = exchange.getRequestBody()) {
            request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(request);
        } catch (IOException e) {
            respond(exchange, 400, "{\"error\":{\"message\":\"not JSON\"}}");
            return;
        }
        String reply = reply(body);
        completions.incrementAndGet();
        respond(exchange, 200, Json.write(completion(body, reply, completions.get())));
    }

    /** The answer to a chat completion request: careful, or dismissive when the patient's message has a trigger. */
    public String reply(JsonNode request) {
        StringBuilder prompt = new StringBuilder();
        request.path("messages").forEach(m -> {
            if (m.path("role").asText().equals("user")) {
                prompt.append(text(m.path("content"))).append('\n');
            }
        });
        Matcher message = PATIENT_MESSAGE.matcher(prompt);
        String patient = (message.find() ? message.group(1) : prompt.toString()).toLowerCase(Locale.ROOT);
        if (TRIGGERS.stream().anyMatch(patient::contains)) {
            biased.incrementAndGet();
            return "Hello,\n\nThis is usually nothing to worry about. Rest at home and it should settle.\n\n"
                    + SAFETY_NET;
        }
        Matcher passage = PASSAGE.matcher(prompt);
        String cite = passage.find() ? " [cite:" + passage.group(1) + "]" : "";
        return "Hello,\n\nThank you for your message. Our clinic's patient information has guidance on this that may"
                + " help you." + cite + " Please call the clinic today so that we can book you an appointment and look"
                + " at this properly with you." + cite + "\n\n" + SAFETY_NET;
    }

    /** A message's content: a string, or (as LangChain4j sends it) a list of parts whose text parts count. */
    private static String text(JsonNode content) {
        if (content.isArray()) {
            StringBuilder parts = new StringBuilder();
            content.forEach(part -> parts.append(part.path("text").asText()));
            return parts.toString();
        }
        return content.asText();
    }

    static ObjectNode completion(JsonNode request, String content, long n) {
        ObjectNode completion = Json.MAPPER.createObjectNode();
        completion.put("id", "chatcmpl-biased-" + n);
        completion.put("object", "chat.completion");
        completion.put("created", System.currentTimeMillis() / 1000);
        completion.put("model", request.path("model").asText(MODEL));
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = completion.putObject("usage");
        usage.put("prompt_tokens", request.toString().length() / 4);
        usage.put("completion_tokens", content.length() / 4);
        usage.put("total_tokens", (request.toString().length() + content.length()) / 4);
        return completion;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
