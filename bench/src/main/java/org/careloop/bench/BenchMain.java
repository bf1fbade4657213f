package org.careloop.bench;

import java.util.concurrent.CountDownLatch;
import org.careloop.bench.startup.StartupBench;
import org.careloop.bench.stub.ModelStub;

/**
 * {@code careloop-bench [options]} runs the benchmark; {@code careloop-bench stub --port N} serves the model stub;
 * {@code careloop-bench startup [options]} measures each service's start ({@link StartupBench}).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("stub")) {
            serveStub(args);
            return;
        }
        if (args.length > 0 && args[0].equals("startup")) {
            StartupBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (BenchOptions.UsageException | NumberFormatException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        new Bench(options).run();
        // The HTTP client's and the clinicians' threads are daemons or idle; exit without waiting for them.
        System.exit(0);
    }

    private static void serveStub(String[] args) throws Exception {
        int port = 8099;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        ModelStub stub = new ModelStub(port).start();
        System.out.println("model stub: http://127.0.0.1:" + stub.port() + "/v1/chat/completions (model "
                + "bench-stub), answering at once");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("model stub: " + stub.completions() + " completions served");
            stub.close();
        }));
        new CountDownLatch(1).await();
    }
}
