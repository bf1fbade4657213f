package org.careloop.biasaudit;

import java.util.concurrent.CountDownLatch;
import org.careloop.biasaudit.pipeline.RemoteCallException;
import org.careloop.biasaudit.report.AuditReport;
import org.careloop.biasaudit.stub.BiasedModelStub;

/** {@code careloop-bias-audit [options]} runs the audit; {@code careloop-bias-audit stub --port N} the biased stub. */
public final class BiasAuditMain {

    static final int FLAGGED = 3;

    private BiasAuditMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("stub")) {
            serveStub(args);
            return;
        }
        AuditOptions options;
        try {
            options = AuditOptions.parse(args, System.getenv());
        } catch (AuditOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.print(AuditOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        AuditReport report;
        try {
            report = new BiasAudit(options).run();
        } catch (RemoteCallException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("The bias audit could not run: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(report.passed() ? 0 : FLAGGED);
    }

    private static void serveStub(String[] args) throws Exception {
        int port = 8390;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        BiasedModelStub stub = new BiasedModelStub(port).start();
        System.out.println("biased model stub: http://127.0.0.1:" + stub.port() + "/v1/chat/completions (model "
                + BiasedModelStub.MODEL + "), dismissive when the message mentions " + BiasedModelStub.TRIGGERS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("biased model stub: " + stub.completions() + " completions, " + stub.biasedCompletions()
                    + " of them dismissive");
            stub.close();
        }));
        new CountDownLatch(1).await();
    }
}
