package org.nianbao.portal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.nianbao.cluster.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells this instance's {@link StoredFileCache} about publications made by any instance: every publication stores
 * files, and a trigger on {@code report_file} counts them in {@code publication_generation}; this polls the count
 * (one primary-key read per second) and makes the cache forget everything when it has changed. Publications made
 * here are also forgotten at once through the {@code RevisionPublished} event.
 */
@Component
class FileCacheGeneration {

    private static final Logger log = LoggerFactory.getLogger(FileCacheGeneration.class);

    private final JdbcClient jdbc;
    private final StoredFileCache cache;
    private final Background background;
    private volatile long seen = -1;

    FileCacheGeneration(JdbcClient jdbc, StoredFileCache cache, @Value("${nianbao.files.poll:1s}") Duration poll) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.background = Background.every("file-cache-generation", poll, this::poll);
    }

    @PreDestroy
    void stop() {
        background.close();
    }

    void poll() {
        long generation;
        try {
            generation = jdbc.sql("select generation from publication_generation where id = 1").query(Long.class)
                    .single();
        } catch (DataAccessException e) {
            log.debug("cannot read the publication generation: {}", e.toString());
            return;
        }
        if (generation != seen) {
            cache.publishedElsewhere();
            seen = generation;
        }
    }
}
