package org.nianbao.database;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for tests that stop and start the server or use its client tools (pg_dump,
 * pg_restore of the same version): Debian's binaries ({@code apt-get install postgresql}) in a temporary data
 * directory, on a free port, run as the {@code postgres} user when the tests run as root (initdb refuses root).
 * Without the binaries the test is skipped, except under {@code CI=true}, where that fails it.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean root;

    private ThrowawayPostgres(Path bin, Path data, int port, boolean root) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.root = root;
    }

    /** Initialises and starts a new cluster (user {@code postgres}, no password, over TCP on 127.0.0.1). */
    public static ThrowawayPostgres start() throws Exception {
        Path bin = binaries();
        String missing = "Debian's PostgreSQL is not installed (apt-get install postgresql)";
        if ("true".equals(System.getenv("CI")) && bin == null) {
            throw new IllegalStateException(missing);
        }
        assumeTrue(bin != null, missing);
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("nianbao-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ThrowawayPostgres postgres = new ThrowawayPostgres(bin, data, port, root);
        if (root) {
            run(List.of("chown", "postgres:postgres", data.toString()));
        }
        postgres.tool("initdb", "-D", data.resolve("cluster").toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
        postgres.startServer();
        return postgres;
    }

    /** The newest {@code /usr/lib/postgresql/N/bin} with initdb, pg_ctl, pg_dump and pg_restore, or null. */
    private static Path binaries() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Stream.of("initdb", "pg_ctl", "pg_dump", "pg_restore")
                            .allMatch(t -> Files.isExecutable(b.resolve(t))))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0")))).orElse(null);
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void startServer() throws Exception {
        tool("pg_ctl", "-D", data.resolve("cluster").toString(), "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start");
    }

    /** Stops the server at once: open connections are cut, transactions in flight are rolled back. */
    public void stopServer() throws Exception {
        tool("pg_ctl", "-D", data.resolve("cluster").toString(), "-m", "fast", "-w", "stop");
    }

    /** Runs one of the cluster's tools ({@code createdb}, {@code pg_dump}, …) as the cluster's owner. */
    public String tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(args));
        return run(command);
    }

    /** The data directory's parent, writable by the tools (dumps go here). */
    public Path directory() {
        return data;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (Exception alreadyStopped) {
            // stopped by the test, or never started
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
