package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.report.PdfContent;

/**
 * What a run leaves behind, as text two runs can be compared by: the rows of the project's tables and the text
 * of its PDFs, without what differs between any two runs by nature (when things happened, generated ids).
 */
final class RunComparison {

    /** A load's date and time, as the packet's list of files shows it: when the run happened. */
    private static final Pattern LOADED_AT = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{2}:\\d{2}");
    /** When things happened: differ between any two runs by nature. */
    private static final String TIMESTAMP = "timestamp";

    private RunComparison() {
    }

    /**
     * The tables the project's migrations create (not Spring Batch's, not the run lock) that {@code compared}
     * accepts, each as its rows in text, sorted. Left out: timestamp columns and identity columns; file ids are
     * replaced by the file's name, and PDF paths made relative to the output folder, so two databases compare by
     * what the rows say.
     */
    static Map<String, List<String>> tables(TestDatabase database, Path out, Predicate<String> compared) {
        JdbcTemplate jdbc = database.jdbc();
        Map<Object, String> fileNames = new TreeMap<>();
        jdbc.query("SELECT file_id, file_name FROM source_file",
                rs -> {
                    fileNames.put(rs.getLong(1), rs.getString(2));
                });
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'", String.class);
        for (String table : names) {
            if (table.startsWith("batch_") || table.equals("flyway_schema_history") || table.equals("run_lock")
                    || !compared.test(table)) {
                continue;
            }
            List<String> columns = jdbc.queryForList("SELECT LOWER(column_name) FROM information_schema.columns"
                    + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ? AND is_identity <> 'YES'"
                    + " AND LOWER(data_type) NOT LIKE '" + TIMESTAMP + "%' ORDER BY column_name", String.class, table);
            List<String> rows = jdbc.queryForList("SELECT " + String.join(", ", columns) + " FROM " + table).stream()
                    .map(row -> comparable(row, fileNames, out)).sorted().toList();
            tables.put(table, rows);
        }
        return tables;
    }

    private static String comparable(Map<String, Object> row, Map<Object, String> fileNames, Path out) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            String name = column.toLowerCase(Locale.ROOT);
            if (name.endsWith("file_id") && value != null) {
                value = fileNames.get(((Number) value).longValue());
            } else if (name.equals("path") && value != null) {
                value = out.toAbsolutePath().relativize(Path.of(value.toString())).toString();
            }
            values.put(name, value);
        });
        return values.toString();
    }

    /** Rows only one side has, with the side: empty when the two tables hold the same rows. */
    static List<String> difference(List<String> actual, List<String> expected, String actualSide,
            String expectedSide) {
        List<String> differences = new ArrayList<>();
        if (actual.equals(expected)) {
            return differences;
        }
        Set<String> expectedRows = new HashSet<>(expected);
        Set<String> actualRows = new HashSet<>(actual);
        actual.stream().filter(row -> !expectedRows.contains(row)).limit(5)
                .forEach(row -> differences.add("only " + actualSide + ": " + row));
        expected.stream().filter(row -> !actualRows.contains(row)).limit(5)
                .forEach(row -> differences.add("only " + expectedSide + ": " + row));
        if (differences.isEmpty() && actual.size() != expected.size()) {
            differences.add(actual.size() + " rows " + actualSide + ", " + expected.size() + " " + expectedSide);
        }
        return differences;
    }

    /**
     * Every file under the output folder, by its path there, with its text if it is a PDF; the time each file was
     * loaded, in the packet's list of files, is left out as the timestamps of the tables are.
     */
    static Map<String, String> outputFiles(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(f -> out.relativize(f).toString(),
                    RunComparison::text, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        return file.toString().endsWith(".pdf")
                ? LOADED_AT.matcher(PdfContent.read(file).text()).replaceAll("(loaded)") : "not a PDF";
    }
}
