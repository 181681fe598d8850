package org.nianbao.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.faults.Messages;
import org.springframework.data.jpa.domain.Specification;

/**
 * What an auditor filters the log by, as typed: a user name (part of it), a kind, a first and a last day
 * (yyyy-MM-dd, China's dates), and the page. What cannot be read is named in {@link #errors} beside its field and
 * left out of the query; what was typed is kept for the form.
 */
public record AuditFilter(String user, String kind, String from, String to, String page) {

    /** Whether {@code option} is the kind asked for (the option shown selected). */
    public boolean asksFor(AuditKind option) {
        return option.name().equals(kind);
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int PAGE_SIZE = 50;

    public AuditFilter {
        user = user == null ? "" : user.strip();
        kind = kind == null ? "" : kind.strip();
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        page = page == null ? "" : page.strip();
    }

    /** Field → message, for what could not be read. */
    public Map<String, String> errors(Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems().forEach((field, problem) -> errors.put(field,
                messages.message(problem.get(0), problem.subList(1, problem.size()).toArray())));
        return errors;
    }

    /** Field → the code of its message in messages.properties, then the message's arguments. */
    private Map<String, List<String>> problems() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (user.length() > 64) {
            problems.put("user", List.of("audit.filter.user.size"));
        }
        if (!kind.isEmpty() && kindValue() == null) {
            problems.put("kind", List.of("audit.filter.kind.unknown", shorten(kind)));
        }
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (!from.isEmpty() && first == null) {
            problems.put("from", List.of("audit.filter.date.invalid"));
        }
        if (!to.isEmpty() && last == null) {
            problems.put("to", List.of("audit.filter.date.invalid"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            problems.put("to", List.of("audit.filter.to.before-from", first.toString()));
        }
        return problems;
    }

    /** The page asked for, from 0; anything that is not a page number is the first page. */
    public int pageIndex() {
        try {
            return Math.max(0, Integer.parseInt(page) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isEmpty() {
        return user.isEmpty() && kind.isEmpty() && from.isEmpty() && to.isEmpty();
    }

    /** The kinds a form offers. */
    public static List<AuditKind> kinds() {
        return Arrays.asList(AuditKind.values());
    }

    /** The events that match what could be read (of one report when {@code reportId} is set). */
    Specification<AuditEvent> specification(Long reportId, AuditKind onlyKind) {
        Map<String, List<String>> errors = problems();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (reportId != null) {
                where.add(cb.equal(root.get("reportId"), reportId));
            }
            if (onlyKind != null) {
                where.add(cb.equal(root.get("kind"), onlyKind));
            } else if (!kind.isEmpty() && !errors.containsKey("kind")) {
                where.add(cb.equal(root.get("kind"), kindValue()));
            }
            if (!user.isEmpty() && !errors.containsKey("user")) {
                String escaped = user.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_");
                where.add(cb.like(cb.lower(root.get("username")), "%" + escaped + "%", '\\'));
            }
            if (!from.isEmpty() && !errors.containsKey("from")) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), date(from).atStartOfDay(CHINA).toInstant()));
            }
            if (!to.isEmpty() && !errors.containsKey("to")) {
                where.add(cb.lessThan(root.get("at"), date(to).plusDays(1).atStartOfDay(CHINA).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The query string of this filter for another page ({@code page} from 1). */
    public String query(int pageNumber) {
        StringBuilder q = new StringBuilder("?page=").append(pageNumber);
        append(q, "user", user);
        append(q, "kind", kind);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private AuditKind kindValue() {
        return Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
