package org.nianbao.quality;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's settings of the corpus checks: the T2 threshold (per cent, default 50). */
@Component
public class QualitySettings {

    private final JdbcTemplate jdbc;

    QualitySettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int copiedThreshold() {
        Integer value = jdbc.queryForObject("select copied_threshold from quality_setting where id = 1",
                Integer.class);
        return value == null ? 50 : value;
    }

    @Transactional
    public void setCopiedThreshold(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("threshold " + percent);
        }
        jdbc.update("update quality_setting set copied_threshold = ? where id = 1", percent);
    }
}
