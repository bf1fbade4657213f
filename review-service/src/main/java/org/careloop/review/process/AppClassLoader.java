package org.careloop.review.process;

/**
 * Runs delegate code with the application's class loader as the thread context class loader. The job
 * executor's threads are not Quarkus threads: their context class loader cannot see application classes,
 * which REST client creation and other lookups need.
 */
final class AppClassLoader {

    private AppClassLoader() {}

    static void run(Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(AppClassLoader.class.getClassLoader());
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
