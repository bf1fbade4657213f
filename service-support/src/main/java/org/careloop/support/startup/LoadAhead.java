package org.careloop.support.startup;

import org.jboss.logging.Logger;

/**
 * Start-up work that depends on no setting (a model or a word list read from the classpath), begun on a thread of its
 * own as soon as the CDI container exists, so that it runs while Quarkus boots Hibernate, Flyway and OIDC on the main
 * thread: a start on a quiet machine leaves a core idle (README "Start-up"). The bean that needs the result still
 * takes it before the service is ready, waiting for this thread (a class's initialisation, a lock) or loading it
 * itself when this thread failed, so readiness stays honest.
 */
public final class LoadAhead {

    private static final Logger LOG = Logger.getLogger(LoadAhead.class);

    private LoadAhead() {}

    public static void start(String what, Runnable load) {
        // A native image's build runs the static init, where the container starts: no thread may outlive it there.
        if ("buildtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"))) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        load.run();
                        LOG.infof("%s loaded ahead in %d ms", what, (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException | Error e) {
                        LOG.warnf(e, "%s could not be loaded ahead: the start loads it again or fails", what);
                    }
                },
                "load-ahead");
        thread.setDaemon(true);
        thread.start();
    }
}
