package dk.boligmonitor.ingest.read;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * A CSV file whose encoding and delimiter are found, not assumed: DST exports arrive as Windows-1252 or
 * UTF-8 with a byte-order mark (Excel's "Unicode text" as UTF-16), separated by ';', ',' or tab. Quoted
 * fields may hold line breaks; the row number is the record number, which is the row the data officer sees
 * when the file is opened in Excel.
 */
final class CsvRowStream implements RowStream {

    /**
     * No row of a table comes near this many characters without a line break (a DST row is under 200). A file
     * that does has lost its line breaks or is no table at all; it is refused here, before it is held in memory.
     */
    static final int MAX_LINE_CHARS = 1_000_000;

    /**
     * What commons-csv says of a broken file, in English, with the line it reached: a character after a closing
     * quote (line, and position counted in characters from the start of the file), or a quote never closed (the
     * line it opens in). The numbers are grouped as the default locale groups them.
     */
    private static final Pattern CHAR_AFTER_QUOTE = Pattern.compile(
            "token and delimiter at line: ([\\d.,\\h]+), position: ([\\d.,\\h]+)");
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile(
            "\\(startline ([\\d.,\\h]+)\\) EOF reached before encapsulated token finished");

    private final Path file;
    private final TextEncoding encoding;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String description;
    private final CountingInputStream bytes;
    private final long size;
    private final char delimiter;
    private final boolean endsWithLineBreak;
    private int lastRecord;

    CsvRowStream(Path file, HeaderSpec spec) throws IOException {
        this.file = file;
        this.encoding = TextEncoding.detect(file);
        this.delimiter = detectDelimiter(file, encoding, spec);
        this.size = Files.size(file);
        this.endsWithLineBreak = endsWith(file, "\n", encoding.charset()) || endsWith(file, "\r", encoding.charset());
        this.bytes = new CountingInputStream(Files.newInputStream(file));
        this.parser = format(delimiter).parse(reader(bytes, encoding));
        this.records = parser.iterator();
        this.description = Messages.get("read.csv.description", encoding.label(),
                delimiter == '\t' ? "\\t" : String.valueOf(delimiter));
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    @Override
    public SourceRow read() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastRecord = (int) record.getRecordNumber();
            // the record's own array, made for it alone: toList() would copy it through a stream for every row
            List<String> cells = Arrays.asList(record.values());
            return new SourceRow((int) record.getRecordNumber(), cells, Collections.nCopies(cells.size(), false));
        } catch (UncheckedIOException e) {
            // commons-csv reports a broken file (e.g. an unclosed quote) unchecked, with the line it reached
            throw refusal(String.valueOf(e.getCause().getMessage()), e);
        }
    }

    /** The parser's complaint in the data officer's terms: the row (the record that failed), the line, the cause. */
    private FileRefusedException refusal(String problem, Exception e) throws IOException {
        int row = lastRecord + 1;
        if (!endsWithLineBreak && problem.contains("EOF")) {
            return new FileRefusedException(Messages.get("read.csv.cut_in_quote", row), e);
        }
        Matcher unclosed = UNCLOSED_QUOTE.matcher(problem);
        if (unclosed.find()) {
            return new FileRefusedException(Messages.get("read.csv.unclosed_quote", row, digits(unclosed.group(1))), e);
        }
        Matcher afterQuote = CHAR_AFTER_QUOTE.matcher(problem);
        if (afterQuote.find()) {
            Spot spot = spot(Long.parseLong(digits(afterQuote.group(2))));
            return new FileRefusedException(Messages.get("read.csv.char_after_quote", row, digits(afterQuote.group(1)),
                    spot.column(), spot.shown()), e);
        }
        return new FileRefusedException(Messages.get("read.csv.unparseable", row, problem), e);
    }

    private static String digits(String grouped) {
        return grouped.replaceAll("\\D", "");
    }

    /** A character of the file and its place on its line, counted from 1 as an editor counts. */
    private record Spot(long column, int character) {

        /** The character itself in quotes, or its code where it would not be seen. */
        String shown() {
            return character < 0 || Character.isWhitespace(character) || Character.isISOControl(character)
                    ? String.format(Locale.ROOT, "U+%04X", Math.max(character, 0)) : "'" + (char) character + "'";
        }
    }

    /** The character at this position of the file, counted from 1 in characters as commons-csv counts. */
    private Spot spot(long position) throws IOException {
        try (Reader text = reader(Files.newInputStream(file), encoding)) {
            long column = 0;
            int c = -1;
            for (long i = 0; i < position; i++) {
                c = text.read();
                if (c < 0) {
                    break;
                }
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
            return new Spot(column, c);
        }
    }

    @Override
    public String description() {
        return description;
    }

    /** Ahead of the rows handed out by what the readers buffer (64 K characters): near enough for an estimate. */
    @Override
    public double shareRead() {
        return size == 0 ? 1 : Math.min(1, (double) bytes.count() / size);
    }

    @Override
    public boolean isDelimitedText() {
        return true;
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public boolean endsWithLineBreak() {
        return endsWithLineBreak;
    }

    private static boolean endsWith(Path file, String text, Charset charset) throws IOException {
        byte[] end = text.getBytes(charset);
        long size = Files.size(file);
        if (size < end.length) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(end.length);
            channel.position(size - end.length);
            while (last.hasRemaining() && channel.read(last) >= 0) {
                // reads the last bytes whole
            }
            return Arrays.equals(last.array(), end);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static Reader reader(InputStream in, TextEncoding encoding) throws IOException {
        in.skipNBytes(encoding.bomLength());
        return new LineLengthLimit(new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16));
    }

    /** Refuses the file as soon as a line runs past {@link #MAX_LINE_CHARS}, whoever is reading it. */
    private static final class LineLengthLimit extends FilterReader {

        private int line = 1;
        private int sinceBreak;

        LineLengthLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                count(buffer[offset + i]);
            }
            return read;
        }

        private void count(char c) {
            if (c == '\n' || c == '\r') {
                sinceBreak = 0;
                line += c == '\n' ? 1 : 0;
            } else if (++sinceBreak > MAX_LINE_CHARS) {
                throw new FileRefusedException(Messages.get("read.csv.line_too_long", line,
                        DanishFormat.number(MAX_LINE_CHARS, 0)));
            }
        }
    }

    /**
     * The delimiter that reads the top rows as the mapping's table: the one whose header row has the most of the
     * mapped columns, then the one that gives most rows below it the header's number of fields. Counting a
     * character on the first lines instead takes ',' for a ';' file whose first reasons are full of commas.
     * ';' wins ties, then tab.
     */
    private static char detectDelimiter(Path file, TextEncoding encoding, HeaderSpec spec) throws IOException {
        char best = ';';
        long bestScore = Long.MIN_VALUE;
        for (char candidate : new char[] {';', '\t', ','}) {
            long score = fit(file, encoding, candidate, spec);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How well a delimiter reads the top rows: the mapped columns its header finds first, then agreeing rows. */
    private static long fit(Path file, TextEncoding encoding, char delimiter, HeaderSpec spec) throws IOException {
        List<CSVRecord> top = new ArrayList<>();
        try (CSVParser parser = format(delimiter).parse(reader(Files.newInputStream(file), encoding))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (top.size() < HeaderSpec.SEARCH_ROWS && records.hasNext()) {
                top.add(records.next());
            }
        } catch (UncheckedIOException e) {
            // quotes that do not pair up under this delimiter: the rows read so far are its evidence
        }
        int header = -1;
        int fewestMissing = Integer.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            List<String> cells = Arrays.asList(top.get(i).values());
            SourceRow row = new SourceRow(i + 1, cells, List.of());
            int missing = row.isBlank() ? Integer.MAX_VALUE : spec.missing(HeaderRow.of(row)).size();
            if (missing < fewestMissing) {
                header = i;
                fewestMissing = missing;
            }
        }
        if (header < 0 || top.get(header).size() < 2) {
            return Long.MIN_VALUE + 1;
        }
        int width = top.get(header).size();
        long agreeing = top.stream().skip(header + 1).filter(record -> record.size() == width).count();
        return -1000L * fewestMissing + agreeing;
    }

    /** The charset a text file was written in, found from its bytes. */
    record TextEncoding(Charset charset, int bomLength, String label) {

        static TextEncoding detect(Path file) throws IOException {
            byte[] start = new byte[3];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(start, 0, 3);
            }
            if (read == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3, Messages.get("read.encoding.with_bom", "UTF-8"));
            }
            // Excel's "Unicode text" (.txt): UTF-16 with a byte-order mark, tab-separated
            if (read >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, Messages.get("read.encoding.with_bom", "UTF-16"));
            }
            if (read >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, Messages.get("read.encoding.with_bom", "UTF-16"));
            }
            Optional<Charset> utf16 = Utf8Check.utf16WithoutBom(file);
            if (utf16.isPresent()) {
                return new TextEncoding(utf16.get(), 0, Messages.get("read.encoding.without_bom", "UTF-16"));
            }
            if (Utf8Check.isValidUtf8(file)) {
                return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
            }
            // read as Windows-1252, the UTF-8 part would turn into "SkÃ¦lskÃ¸r" and no header or name would match
            Utf8Check.mixedEncodings(file).ifPresent(lines -> {
                throw new FileRefusedException(Messages.get("read.encoding.mixed", lines[0], lines[1]));
            });
            return new TextEncoding(Charset.forName("windows-1252"), 0, "Windows-1252");
        }
    }
}
