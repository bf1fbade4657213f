package org.careloop.support.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoadAheadTest {

    @Test
    void shouldLoadOnADaemonThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        CompletableFuture<Thread> loadedOn = new CompletableFuture<>();

        LoadAhead.start("test model", () -> {
            try {
                // Only once start() has returned to the caller does this load finish.
                assertThat(callerWentOn.await(30, TimeUnit.SECONDS)).isTrue();
                loadedOn.complete(Thread.currentThread());
            } catch (InterruptedException e) {
                loadedOn.completeExceptionally(e);
            }
        });
        callerWentOn.countDown();

        Thread thread = loadedOn.get(30, TimeUnit.SECONDS);
        assertThat(thread).isNotSameAs(Thread.currentThread());
        assertThat(thread.isDaemon()).as("never keeps a stopping service alive").isTrue();
    }

    @Test
    void shouldLeaveAFailedLoadToTheStartInsteadOfThrowingAtTheCaller() throws Exception {
        CompletableFuture<Thread> failedOn = new CompletableFuture<>();

        assertThatCode(() -> LoadAhead.start("broken model", () -> {
                    failedOn.complete(Thread.currentThread());
                    throw new IllegalStateException("model missing");
                }))
                .doesNotThrowAnyException();

        Thread thread = failedOn.get(30, TimeUnit.SECONDS);
        thread.join(30_000);
        assertThat(thread.isAlive()).isFalse();
    }
}
