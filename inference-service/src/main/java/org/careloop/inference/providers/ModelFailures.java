package org.careloop.inference.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies what a model client threw. Reasons are for operators and callers: they never quote the body. */
public final class ModelFailures {

    /** Added to a 429 body by {@link RetryAfterFilter} because the client drops response headers. */
    static final Pattern RETRY_AFTER_MARK = Pattern.compile("careloop-retry-after-ms=(\\d+)");

    private ModelFailures() {}

    public static ModelCallException classify(Throwable failure) {
        if (failure instanceof ModelCallException m) {
            return m;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Integer status = statusOf(t);
            if (status != null) {
                return byStatus(status, bodyOf(t), failure);
            }
            if (isTimeout(t)) {
                return new ModelCallException.Retriable(
                        "the model did not answer in time", failure, OptionalLong.empty());
            }
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.UnknownHostException
                    || t.getClass().getName().endsWith("ConnectTimeoutException")) {
                return new ModelCallException.Retriable(
                        "the model server cannot be reached", failure, OptionalLong.empty());
            }
            if (t instanceof JsonProcessingException) {
                return new ModelCallException.NonRetriable("the model server sent a malformed response", failure);
            }
        }
        return new ModelCallException.NonRetriable(
                "unexpected " + failure.getClass().getSimpleName(), failure);
    }

    private static ModelCallException byStatus(int status, String body, Throwable failure) {
        String lower = body == null ? "" : body.toLowerCase(Locale.ROOT);
        if (status == 429) {
            if (lower.contains("insufficient_quota") || lower.contains("quota")) {
                return new ModelCallException.NonRetriable(
                        "the model account's quota is exhausted (HTTP 429)", failure);
            }
            Matcher m = RETRY_AFTER_MARK.matcher(lower);
            OptionalLong retryAfter = m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
            return new ModelCallException.Retriable(
                    "the model server is rate limiting (HTTP 429)", failure, retryAfter);
        }
        if (status == 408 || status >= 500) {
            return new ModelCallException.Retriable(
                    "the model server failed (HTTP " + status + ")", failure, OptionalLong.empty());
        }
        if (status == 401 || status == 403) {
            return new ModelCallException.NonRetriable(
                    "the model server refused our credentials (HTTP " + status + ")", failure);
        }
        return new ModelCallException.NonRetriable(
                "the model server rejected the request (HTTP " + status + ")", failure);
    }

    private static Integer statusOf(Throwable t) {
        if (t instanceof HttpException h) {
            return h.statusCode();
        }
        if (t instanceof WebApplicationException w && w.getResponse() != null) {
            return w.getResponse().getStatus();
        }
        return null;
    }

    private static String bodyOf(Throwable t) {
        return t.getMessage();
    }

    private static boolean isTimeout(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof java.util.concurrent.TimeoutException
                || t instanceof java.net.SocketTimeoutException
                || t instanceof java.net.http.HttpTimeoutException
                || name.endsWith("TimeoutException") && !name.contains("Connect")
                || (t.getMessage() != null && t.getMessage().contains("timeout period"));
    }
}
