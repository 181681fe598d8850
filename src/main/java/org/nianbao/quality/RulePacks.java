package org.nianbao.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uploaded rule packs, the one in force, and the sample pack that ships with the portal
 * ({@code rule-packs/sample-county.yaml}), used while no pack has been uploaded.
 */
@Service
public class RulePacks {

    static final String SAMPLE = "/rule-packs/sample-county.yaml";

    /** An uploaded pack as the admin page lists it. */
    public record Stored(long id, String name, String uploadedBy, Instant uploadedAt, boolean active) {
    }

    /** The pack in force and where it comes from. */
    public record InForce(RulePack pack, String source, boolean sample) {
    }

    private final JdbcTemplate jdbc;

    RulePacks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public InForce inForce() {
        List<String> active = jdbc.queryForList("select source from rule_pack where active", String.class);
        if (!active.isEmpty()) {
            return new InForce(RulePackReader.read(active.get(0)), active.get(0), false);
        }
        String sample = sample();
        return new InForce(RulePackReader.read(sample), sample, true);
    }

    /** Validates {@code source} and puts it in force; a {@link RulePackException} names every problem. */
    @Transactional
    public RulePack upload(String source, String username) {
        RulePack pack = RulePackReader.read(source);
        jdbc.update("update rule_pack set active = false where active");
        jdbc.update("insert into rule_pack (name, source, uploaded_by, active) values (?, ?, ?, true)", pack.name(),
                source, username);
        return pack;
    }

    @Transactional(readOnly = true)
    public List<Stored> list() {
        return jdbc.query("select id, name, uploaded_by, uploaded_at, active from rule_pack order by id desc",
                (rs, i) -> new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getBoolean("active")));
    }

    static String sample() {
        try (InputStream in = RulePacks.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the sample rule pack is missing", e);
        }
    }
}
