package org.nianbao.portal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.nianbao.text.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many yearly open-data files are written at once ({@code nianbao.open-data.concurrent-builds}, default 2): a
 * burst of year downloads queues for at most {@code nianbao.open-data.queue-wait} (default 2 s) and is then answered
 * 503 with {@code Retry-After}, so it can neither exhaust the heap nor the database connections.
 */
@Component
class OpenDataBuilds {

    static final int RETRY_AFTER_SECONDS = 30;
    static final String BUSY_MESSAGE = Text.of("portal.open-data.busy", RETRY_AFTER_SECONDS);

    private final Semaphore permits;
    private final long waitMillis;

    OpenDataBuilds(@Value("${nianbao.open-data.concurrent-builds:2}") int builds,
            @Value("${nianbao.open-data.queue-wait:2s}") java.time.Duration wait) {
        this.permits = new Semaphore(builds, true);
        this.waitMillis = wait.toMillis();
    }

    /** Takes a place, waiting briefly for one; false when none came free. */
    boolean enter() {
        try {
            return permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the place back (after {@link #enter} answered true). */
    void leave() {
        permits.release();
    }

    /** How many places are free now. */
    int available() {
        return permits.availablePermits();
    }
}
