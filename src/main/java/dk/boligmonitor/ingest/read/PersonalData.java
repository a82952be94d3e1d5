package dk.boligmonitor.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;

/**
 * Keeps personal data out of the warehouse. A column whose header names persons (navn, name, cpr) or whose
 * values look like CPR numbers refuses the file, unless the mapping lists it under drop_columns: then the
 * column is blanked as it is read, with a warning, and nothing downstream (not even a rejected row) sees it.
 */
public final class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);
    private static final Set<String> PERSONAL_WORDS = Set.of("navn", "name", "cpr", "cprnr", "cprnummer",
            "personnummer", "personnr", "fornavn", "efternavn", "lejernavn", "beboernavn", "fulde", "kontaktperson",
            "mellemnavn", "slaegtsnavn", "efterlevende");
    /** Headers that name persons only as a whole: "Lejer" holds names, "Lejer-id" a number. */
    private static final Set<String> PERSONAL_HEADERS = Set.of("lejer", "lejers", "beboer", "beboers",
            "kontakt");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    /**
     * Ten digits (DDMMYY-XXXX) anywhere in a cell, but not inside a longer run of digits; between the date and
     * the serial number a hyphen, any dash (en dash from a word processor), a space or a no-break space.
     */
    private static final Pattern CPR = Pattern.compile(
            "(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[-\u2010-\u2015\u2212 \u00A0]?(\\d{4})(?!\\d)");
    /** Two capitalised words in a row, as a person's name is written ("Karen Jensen", "v/ Ole Hansen"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+[ \u00A0]+\\p{Lu}\\p{Ll}+");
    /** What is stored instead of a value that may hold personal data. */
    public static final String HIDDEN = Messages.get("read.personal.hidden");

    private final Set<Integer> dropped;
    private final HeaderRow header;

    private PersonalData(Set<Integer> dropped, HeaderRow header) {
        this.dropped = dropped;
        this.header = header;
    }

    public static PersonalData guard(HeaderRow header, SourceMapping mapping, String fileName) {
        Set<Integer> dropped = new HashSet<>();
        for (String name : mapping.dropColumns()) {
            // every column of the name: a second copy of a personal column is as personal as the first
            for (int column : header.positions(List.of(name))) {
                dropped.add(column);
                log.warn(Messages.get("read.personal.dropped", fileName, header.names().get(column),
                        mapping.file().getFileName()));
            }
        }
        for (int i = 0; i < header.names().size(); i++) {
            if (!dropped.contains(i) && namesPersons(header.names().get(i))) {
                throw new FileRefusedException(Messages.get("read.personal.column", header.names().get(i),
                        mapping.file().getFileName()));
            }
        }
        return new PersonalData(dropped, header);
    }

    /** The row with dropped columns blanked; refuses the file at the first CPR number in any other column. */
    public SourceRow screen(SourceRow row) {
        // only a row with dropped columns is copied: this runs for every row of every file
        List<String> cells = dropped.isEmpty() ? row.cells() : new ArrayList<>(row.cells());
        for (int i = 0; i < cells.size(); i++) {
            if (dropped.contains(i)) {
                cells.set(i, "");
            } else if (isCpr(cells.get(i), row.isNumeric(i))) {
                String column = i < header.names().size() ? header.names().get(i)
                        : Messages.get("read.column.numbered", i + 1);
                throw new FileRefusedException(Messages.get("read.personal.cpr", row.rowNo(), column));
            }
        }
        return dropped.isEmpty() ? row : row.withCells(cells);
    }

    /**
     * Refuses a row read without a header (of a file no mapping has read) at its first CPR number, in any
     * column: no mapping has said which columns are dropped.
     */
    static void screenEveryColumn(SourceRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (isCpr(row.cell(i), row.isNumeric(i))) {
                throw new FileRefusedException(Messages.get("read.personal.cpr_in_column", row.rowNo(), i + 1));
            }
        }
    }

    /**
     * The value as it may be stored with a rejected row: hidden when it holds a CPR number or what may be a
     * person's name. A rejected value is shown to find the row again; row and column do that without it.
     */
    public static String redacted(String value) {
        if (value == null) {
            return null;
        }
        return isCpr(value, false) || NAME.matcher(value).find() ? HIDDEN : value;
    }

    static boolean namesPersons(String header) {
        if (PERSONAL_HEADERS.contains(HeaderNames.normalize(header))) {
            return true;
        }
        for (String word : HeaderNames.fold(header).split("[^\\p{L}\\p{N}]+")) {
            if (PERSONAL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * DDMMYY-XXXX or ten digits whose first six are a real date, as the whole cell or inside its text (a note
     * such as "dødsbo efter 120345-1234" would otherwise be stored with the row); Excel may have dropped a
     * number's leading zero.
     */
    static boolean isCpr(String text, boolean numericCell) {
        String value = text.trim();
        if (digits(value) < 9) {
            // most cells: no regular expression needed (this runs for every cell of every file)
            return false;
        }
        if (numericCell && NINE_DIGITS.matcher(value).matches()) {
            value = "0" + value;
        }
        Matcher matcher = CPR.matcher(value);
        while (matcher.find()) {
            int day = Integer.parseInt(matcher.group(1));
            int month = Integer.parseInt(matcher.group(2));
            int year = Integer.parseInt(matcher.group(3));
            if (isDate(1900 + year, month, day) || isDate(2000 + year, month, day)) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
