package org.nianbao.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic work on a daemon thread of its own, stopped without waiting. Spring's scheduler waits for a task in
 * flight when the application stops, and a task waiting for a database connection (the database gone first) would
 * hold the shutdown for the pool's whole connection timeout.
 */
public final class Background implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final ScheduledExecutorService executor;

    private Background(String name) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} every {@code period}, the first time after one period; a failure is logged, runs go on. */
    public static Background every(String name, Duration period, Runnable task) {
        Background background = new Background(name);
        background.executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed: {}", name, e.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return background;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
