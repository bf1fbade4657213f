package org.careloop.bench.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.bench.api.Json;

/**
 * A zero-latency OpenAI-compatible chat completions server: inference-service pointed at it drafts through its real
 * OpenAI client code, and what a benchmark then measures is careloop's own cost, not a model's. It answers at once
 * with a short reply that cites the first knowledge-base passage the prompt offered, as a good model would.
 */
public final class ModelStub implements AutoCloseable {

    static final String MODEL = "bench-stub";
    private static final Pattern PASSAGE = Pattern.compile("\\[passage id=([^\\]\\s]+)]");

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong completions = new AtomicLong();

    public ModelStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::complete);
        server.createContext("/v1/models", exchange -> respond(exchange, 200, """
                {"object":"list","data":[{"id":"bench-stub","object":"model","owned_by":"careloop-bench"}]}"""));
    }

    public ModelStub start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public long completions() {
        return completions.get();
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
        JsonNode body = Json.MAPPER.readTree(request);
        respond(exchange, 200, Json.write(completion(body, completions.incrementAndGet())));
    }

    static ObjectNode completion(JsonNode request, long n) {
        String model = request.path("model").asText(MODEL);
        Matcher passage = PASSAGE.matcher(request.path("messages").toString());
        String cite = passage.find() ? " [cite:" + passage.group(1) + "]" : "";
        String content = "Thank you for your message. The care team has guidance on this that may help." + cite
                + "\n\nIf your symptoms get worse or you are worried, contact your care team; in an emergency call"
                + " your local emergency number.";
        ObjectNode completion = Json.MAPPER.createObjectNode();
        completion.put("id", "chatcmpl-bench-" + n);
        completion.put("object", "chat.completion");
        completion.put("created", System.currentTimeMillis() / 1000);
        completion.put("model", model);
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
