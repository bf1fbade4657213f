package org.careloop.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code concurrency} senders, each sending its next message as soon as the last one was answered, until
 * {@code messages} were sent or the time is up: the most careloop accepts, and the backlog that makes for the steps
 * behind intake.
 */
public final class ClosedLoop {

    private final int concurrency;
    private final int messages;
    private final Duration limit;

    public ClosedLoop(int concurrency, int messages, Duration limit) {
        this.concurrency = concurrency;
        this.messages = messages;
        this.limit = limit;
    }

    /** Runs the senders; returns the number of messages sent. */
    public int run(Supplier<CompletableFuture<?>> send) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + limit.toNanos();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(
                    () -> {
                        while (System.nanoTime() < end && sent.getAndIncrement() < messages) {
                            send.get().join();
                        }
                    },
                    "closed-loop-" + i);
            senders.add(t);
            t.start();
        }
        for (Thread t : senders) {
            t.join();
        }
        return Math.min(sent.get(), messages);
    }
}
