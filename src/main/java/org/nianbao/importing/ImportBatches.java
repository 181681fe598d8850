package org.nianbao.importing;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nianbao.report.PublishedReports;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many published reports at once (ADR 0030). {@link #start} keeps the files in the database and reads them in the
 * background, one by one ({@link BatchReading}: agency matched among those the person may import for, year, findings,
 * notes needing attention); any instance answers the progress, since it lives in the database. The person corrects
 * the list and {@link #confirm}s: every included file is published, all in one transaction, in the background again;
 * {@link #cancel} at any time leaves nothing imported (reading stops; saving rolls back).
 */
@Service
public class ImportBatches {

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

    private final JdbcClient db;
    private final Access access;
    private final PublishedReports published;
    private final ImportPublishing publishing;
    private final TransactionTemplate saving;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-batches");
        thread.setDaemon(true);
        return thread;
    });

    ImportBatches(JdbcClient db, Access access, PublishedReports published, ImportPublishing publishing,
            PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.access = access;
        this.published = published;
        this.publishing = publishing;
        this.saving = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** A file given to the batch: its name and bytes, or why it was not taken (then it is listed as failed). */
    public record Source(String name, byte[] bytes, String problem) {
    }

    /** A batch as its page shows it. */
    public record Batch(UUID id, String createdBy, String state, int done, int total, String message, List<File> files) {

        public boolean working() {
            return state.equals("READING") || state.equals("SAVING");
        }

        /** Read, waiting for the person to confirm or cancel. */
        public boolean ready() {
            return state.equals("READY");
        }

        public boolean reading() {
            return state.equals("READING");
        }

        public boolean saved() {
            return state.equals("SAVED");
        }

        public boolean cancelled() {
            return state.equals("CANCELLED");
        }

        /** Still to be cancelled: reading, waiting for confirmation or saving. */
        public boolean cancellable() {
            return working() || ready();
        }

        public long read() {
            return count("READ");
        }

        public long failed() {
            return count("FAILED");
        }

        public long count(String fileState) {
            return files.stream().filter(f -> f.state().equals(fileState)).count();
        }

        public long included() {
            return files.stream().filter(File::included).count();
        }

        public long needingAttention() {
            return files.stream().filter(f -> f.state().equals("READ") && (f.attention() > 0 || f.errors() > 0
                    || f.approximateAgency() || f.agencyCode() == null || f.problem() != null)).count();
        }
    }

    /** A file of a batch and what reading it gave (and the person's choices). */
    public record File(int position, String fileName, String state, String printedAgency, String agencyCode,
            boolean approximateAgency, Integer year, String edition, LocalDate publishedOn, int cells, int findings,
            int errors, int attention, String problem, boolean included) {

        public boolean read() {
            return state.equals("READ");
        }

        public boolean waiting() {
            return state.equals("WAITING");
        }

        public boolean failed() {
            return state.equals("FAILED");
        }
    }

    /** The person's choice for one file of the list. */
    public record Choice(boolean included, String agencyCode, String year, String publishedOn) {
    }

    /** The agencies {@code me} may import for (publish for): the ones a batch's files are matched against. */
    public List<AgencyMatch.Candidate> candidates(Staff me) {
        return access.readableAgencies(me).stream().filter(a -> access.canPublish(me, a))
                .map(a -> new AgencyMatch.Candidate(a.getCode(), a.getName())).toList();
    }

    /** Keeps the files and starts reading them in the background; answers the batch's id. */
    public UUID start(Staff me, List<Source> sources) {
        List<AgencyMatch.Candidate> candidates = candidates(me);
        UUID id = UUID.randomUUID();
        apart.executeWithoutResult(s -> {
            db.sql("insert into import_batch (id, created_by, created_at, state, total) values (?, ?, ?, 'READING', ?)")
                    .params(id, me.username(), java.sql.Timestamp.from(clock.instant()), sources.size()).update();
            int position = 0;
            for (Source source : sources) {
                position++;
                db.sql("insert into import_batch_file (batch_id, position, file_name, content, state, problem)"
                        + " values (?, ?, ?, ?, ?, ?)")
                        .params(id, position, truncate(source.name(), 500), source.bytes(),
                                source.problem() == null ? "WAITING" : "FAILED", source.problem()).update();
            }
            db.sql("update import_batch set done = (select count(*) from import_batch_file where batch_id = ?"
                    + " and state = 'FAILED') where id = ?").params(id, id).update();
        });
        background.execute(() -> readAll(id, candidates));
        return id;
    }

    /** The batch, when {@code me} started it (or is an administrator). */
    public Optional<Batch> find(Staff me, UUID id) {
        return db.sql("select created_by, state, done, total, message from import_batch where id = ?").param(id)
                .query((rs, n) -> new Batch(id, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), List.of()))
                .optional()
                .filter(b -> b.createdBy().equals(me.username()) || access.isAdmin(me))
                .map(b -> new Batch(id, b.createdBy(), b.state(), b.done(), b.total(), b.message(), files(id)));
    }

    private List<File> files(UUID id) {
        return db.sql("select position, file_name, state, printed_agency, agency_code, approximate_agency, year,"
                + " edition, published_on, cells, findings, errors, attention, problem, included"
                + " from import_batch_file where batch_id = ? order by position").param(id)
                .query((rs, n) -> new File(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), (Integer) rs.getObject(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                        rs.getInt(13), rs.getString(14), rs.getBoolean(15)))
                .list();
    }

    private void readAll(UUID id, List<AgencyMatch.Candidate> candidates) {
        try {
            Set<String> taken = new HashSet<>();
            for (int position : db.sql("select position from import_batch_file where batch_id = ? and state = 'WAITING'"
                    + " order by position").param(id).query(Integer.class).list()) {
                if (!"READING".equals(state(id))) {
                    return;
                }
                Optional<Map.Entry<String, byte[]>> file = db.sql("select file_name, content from import_batch_file"
                        + " where batch_id = ? and position = ?").params(id, position)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).optional();
                if (file.isEmpty()) {
                    return;
                }
                String name = ZipIntake.baseName(file.get().getKey());
                BatchReading.Result r = BatchReading.read(name, file.get().getValue(), candidates,
                        (code, year) -> published.content(code, year).orElse(null));
                String problem = r.problem();
                boolean included = r.problem() == null && r.agencyCode() != null;
                if (r.problem() == null && r.agencyCode() == null) {
                    problem = Text.of("import.batch.agency-not-found", r.printedAgency());
                } else if (included && exists(r.agencyCode(), r.year())) {
                    problem = Text.of("import.batch.exists-skipped", r.year());
                    included = false;
                } else if (included && !taken.add(r.agencyCode() + "/" + r.year())) {
                    problem = Text.of("import.batch.duplicate-skipped", r.year());
                    included = false;
                }
                db.sql("update import_batch_file set state = ?, printed_agency = ?, agency_code = ?,"
                        + " approximate_agency = ?, year = ?, edition = ?, published_on = ?, cells = ?, findings = ?,"
                        + " errors = ?, attention = ?, problem = ?, included = ? where batch_id = ? and position = ?")
                        .params(r.problem() == null ? "READ" : "FAILED", truncate(r.printedAgency(), 255),
                                r.agencyCode(), r.approximateAgency(), r.year(), r.edition(), r.publishedOn(),
                                r.cells(), r.findings(), r.errors(), r.attention(), problem, included, id, position)
                        .update();
                db.sql("update import_batch set done = done + 1 where id = ?").param(id).update();
            }
            db.sql("update import_batch set state = 'READY' where id = ? and state = 'READING'").param(id).update();
        } catch (RuntimeException e) {
            log.warn("import batch {} stopped reading: {}", id, e.toString());
            db.sql("update import_batch set state = 'READY', message = ? where id = ? and state = 'READING'")
                    .params(Text.of("import.batch.reading-stopped", e.getMessage()), id).update();
        }
    }

    /**
     * Records the person's choices; when every included file has an agency they may import for, a year of its
     * edition and a valid date (or one printed in it), starts saving them in the background and answers no problems;
     * else answers the problem of each file by position (nothing saved).
     */
    public Map<Integer, String> confirm(Staff me, UUID id, Map<Integer, Choice> choices) {
        Batch batch = find(me, id).filter(b -> b.state().equals("READY")).orElseThrow(
                () -> new ImportException(Text.of("import.batch.not-confirmable")));
        Set<String> allowed = new HashSet<>(candidates(me).stream().map(AgencyMatch.Candidate::code).toList());
        Map<Integer, String> problems = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<File> chosen = new ArrayList<>();
        for (File file : batch.files()) {
            Choice choice = choices.get(file.position());
            if (choice == null || !file.state().equals("READ")) {
                continue;
            }
            Integer year = parseYear(choice.year());
            LocalDate date = parseDate(choice.publishedOn());
            String agency = choice.agencyCode() == null || choice.agencyCode().isBlank() ? null : choice.agencyCode();
            if (choice.included()) {
                if (agency == null || !allowed.contains(agency)) {
                    problems.put(file.position(), Text.of("import.batch.agency-required"));
                } else if (year == null || !file.edition().equals(org.nianbao.statutory.Edition.forYear(year)
                        .map(Object::toString).orElse(null))) {
                    problems.put(file.position(),
                            Text.of("import.batch.year-not-of-edition", choice.year(), file.edition()));
                } else if (!choice.publishedOn().isBlank() && date == null) {
                    problems.put(file.position(), Text.of("import.date.invalid", choice.publishedOn()));
                } else if (date == null && file.publishedOn() == null) {
                    problems.put(file.position(), Text.of("import.published-on.required"));
                } else if (exists(agency, year)) {
                    problems.put(file.position(), Text.of("import.batch.exists", year));
                } else if (!taken.add(agency + "/" + year)) {
                    problems.put(file.position(), Text.of("import.batch.duplicate", year));
                }
            }
            final Integer y = year;
            final LocalDate d = date != null ? date : file.publishedOn();
            apart.executeWithoutResult(s -> db.sql("update import_batch_file set included = ?, agency_code = ?,"
                    + " year = ?, published_on = ? where batch_id = ? and position = ?")
                    .params(choice.included(), agency, y != null ? y : file.year(), d, id, file.position()).update());
            if (choice.included()) {
                chosen.add(file);
            }
        }
        if (problems.isEmpty() && chosen.isEmpty()) {
            problems.put(0, Text.of("import.batch.none-included"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int updated = db.sql("update import_batch set state = 'SAVING', done = 0, total = ?, message = null"
                + " where id = ? and state = 'READY'").params(chosen.size(), id).update();
        if (updated == 1) {
            background.execute(() -> saveAll(id, me.username()));
        }
        return problems;
    }

    /** Thrown inside the saving transaction when the batch was cancelled meanwhile: everything rolls back. */
    private static final class Cancelled extends RuntimeException {

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private void saveAll(UUID id, String username) {
        int[] current = {0};
        int[] saved = {0};
        try {
            saving.executeWithoutResult(s -> {
                for (int position : db.sql("select position from import_batch_file where batch_id = ? and included"
                        + " and state = 'READ' order by position").param(id).query(Integer.class).list()) {
                    if (!"SAVING".equals(state(id))) {
                        throw new Cancelled();
                    }
                    current[0] = position;
                    var file = db.sql("select file_name, content, agency_code, year, published_on"
                            + " from import_batch_file where batch_id = ? and position = ?").params(id, position)
                            .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3),
                                    rs.getInt(4), rs.getObject(5, LocalDate.class)}).single();
                    String name = ZipIntake.baseName((String) file[0]);
                    ImportFormat format = ImportFormat.ofFileName(name).orElseThrow();
                    publishing.confirm((String) file[2], (byte[]) file[1], format, name, (LocalDate) file[4],
                            username, (Integer) file[3]);
                    saved[0]++;
                    apart.executeWithoutResult(t -> db.sql("update import_batch set done = done + 1 where id = ?")
                            .param(id).update());
                }
                // in the same transaction: a cancel either came before (nothing commits) or waits for this row and
                // then finds the batch saved
                if (db.sql("update import_batch set state = 'SAVED', message = ? where id = ? and state = 'SAVING'")
                        .params(Text.of("import.batch.saved", saved[0]), id).update() != 1) {
                    throw new Cancelled();
                }
            });
            apart.executeWithoutResult(t -> clear(id));
        } catch (Cancelled cancelled) {
            apart.executeWithoutResult(t -> clear(id));
        } catch (RuntimeException e) {
            String why = e instanceof ImportException ? e.getMessage()
                    : Text.of("import.batch.save-error", e.getClass().getSimpleName());
            log.info("import batch {} not saved at file {}: {}", id, current[0], e.toString());
            apart.executeWithoutResult(t -> {
                db.sql("update import_batch_file set problem = ? where batch_id = ? and position = ?")
                        .params(why, id, current[0]).update();
                db.sql("update import_batch set state = 'READY', message = ? where id = ? and state = 'SAVING'")
                        .params(Text.of("import.batch.not-saved", current[0], why), id)
                        .update();
            });
        }
    }

    /** Cancels the batch: reading stops, saving rolls back, the files are cleared; nothing is imported. */
    public boolean cancel(Staff me, UUID id) {
        if (find(me, id).isEmpty()) {
            return false;
        }
        boolean saving = "SAVING".equals(state(id));
        int updated = apart.execute(s -> db.sql("update import_batch set state = 'CANCELLED', message = ?"
                + " where id = ? and state in ('READING', 'READY', 'SAVING')")
                .params(Text.of("import.batch.cancelled"), id)
                .update());
        if (updated == 1 && !saving) {
            apart.executeWithoutResult(s -> clear(id)); // while saving, the saving rolls back and clears
        }
        return updated == 1;
    }

    private void clear(UUID id) {
        db.sql("update import_batch_file set content = ''::bytea where batch_id = ?").param(id).update();
    }

    private String state(UUID id) {
        return db.sql("select state from import_batch where id = ?").param(id).query(String.class).optional()
                .orElse("GONE");
    }

    private boolean exists(String agencyCode, int year) {
        return db.sql("select exists (select 1 from report r join agency a on a.id = r.agency_id"
                + " where a.code = ? and r.year = ?)").params(agencyCode, year).query(Boolean.class).single();
    }

    private static Integer parseYear(String text) {
        String year = text == null ? "" : text.strip();
        return year.matches("\\d{4}") ? Integer.parseInt(year) : null;
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
