package org.careloop.inference.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.HttpException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ModelFailuresTest {

    @Test
    void shouldRetryServerErrorsAndRateLimitsButNotQuotaOrBadRequests() {
        assertThat(ModelFailures.classify(new HttpException(503, "{}")))
                .isInstanceOf(ModelCallException.Retriable.class);
        assertThat(ModelFailures.classify(new HttpException(429, "{\"type\":\"requests\"}")))
                .isInstanceOf(ModelCallException.Retriable.class);
        assertThat(ModelFailures.classify(new HttpException(429, "{\"type\":\"insufficient_quota\"}")))
                .isInstanceOf(ModelCallException.NonRetriable.class);
        assertThat(ModelFailures.classify(new HttpException(400, "{}")))
                .isInstanceOf(ModelCallException.NonRetriable.class);
        assertThat(ModelFailures.classify(new RuntimeException(new java.net.ConnectException("refused"))))
                .isInstanceOf(ModelCallException.Retriable.class);
        assertThat(ModelFailures.classify(new RuntimeException(new java.net.SocketTimeoutException())))
                .isInstanceOf(ModelCallException.Retriable.class);
    }

    @Test
    void shouldNeverQuoteTheServersBodyInTheReason() {
        ModelCallException e = ModelFailures.classify(new HttpException(500, "echo: Hi, this is [NAME_1]"));
        assertThat(e.reason()).isEqualTo("the model server failed (HTTP 500)");
    }

    @Test
    void shouldReadRetryAfterMarkedByTheFilter() {
        ModelCallException e = ModelFailures.classify(new HttpException(429, "{}\ncareloop-retry-after-ms=2000"));
        assertThat(((ModelCallException.Retriable) e).retryAfterMillis()).isEqualTo(OptionalLong.of(2000));
    }

    @Test
    void shouldParseRetryAfterAsSecondsOrHttpDate() {
        assertThat(RetryAfterFilter.retryAfterMillis("2")).isEqualTo(2000);
        assertThat(RetryAfterFilter.retryAfterMillis("0.5")).isEqualTo(500);
        assertThat(RetryAfterFilter.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT"))
                .isZero();
        assertThat(RetryAfterFilter.retryAfterMillis("soon")).isEqualTo(-1);
        assertThat(RetryAfterFilter.retryAfterMillis(null)).isEqualTo(-1);
    }

    @Test
    void shouldBackOffWithJitterAndHonourRetryAfterUpToACap() {
        RetryAfterBackoff backoff = new RetryAfterBackoff();
        backoff.init(500);
        long first = backoff.nextDelayInMillis(new RuntimeException());
        long second = backoff.nextDelayInMillis(new RuntimeException());
        assertThat(first).isBetween(250L, 500L);
        assertThat(second).isBetween(500L, 1000L);
        var limited = new ModelCallException.Retriable("429", null, OptionalLong.of(60_000));
        assertThat(backoff.nextDelayInMillis(limited)).isEqualTo(RetryAfterBackoff.MAX_DELAY_MS);
    }
}
