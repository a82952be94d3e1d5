package dk.boligmonitor.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one layout of source file is read: which files it applies to, which header means what (with the
 * aliases people rename columns to), and which indicator and part (numerator, denominator, value) each
 * value cell feeds. One mapping serves every file of the same layout. Without a decimal separator ('decimal:')
 * each delimited file's own figures say which one it uses.
 */
public record SourceMapping(
        String name,
        String description,
        Kind kind,
        List<FilePattern> files,
        Optional<String> sheet,
        Optional<Character> decimalSeparator,
        Map<Role, List<String>> columns,
        Map<String, List<Target>> values,
        Map<String, List<Target>> measures,
        Layout layout,
        List<Target> periodValues,
        SubYear subYear,
        List<String> dropColumns,
        List<String> reasons,
        Path file,
        RowSelection selection,
        Optional<SheetPattern> sheets,
        boolean yearFromSheet) {

    public enum Kind { INDICATORS, MOVEOUTS }

    /** LONG: a year column and value columns (DST's OMRÅDE;TID;INDHOLD); WIDE: one column per period. */
    public enum Layout { LONG, WIDE }

    /**
     * What quarters and months (2021K1, 2021M01) add up to in a year: SUM for flows such as reports,
     * LAST for stocks such as residents at the end of the year, REFUSE when the mapping expects whole years.
     */
    public enum SubYear { REFUSE, SUM, LAST }

    /** The columns a mapping can name; which ones are required depends on the kind. */
    public enum Role {
        AREA, YEAR, MEASURE, ESTATE, TENANCY, DATE, REASON, VACANCY_DAYS, LOSS;

        public String key() {
            return name().toLowerCase();
        }
    }

    public enum Part {
        NUMERATOR, DENOMINATOR, VALUE;

        public String key() {
            return name().toLowerCase();
        }
    }

    /**
     * Where a value goes: an indicator and part, or only a part when the row's measure names the indicator,
     * or neither when the measure names both ("measure" in the mapping).
     */
    public record Target(String indicator, Part part) {
    }

    /**
     * Which rows of an export the mapping wants, for exports that hold more than it maps (a StatBank export
     * carries every value of every dimension ticked, totals beside their breakdowns). {@code keepRows}: a
     * row is used only when each of these columns holds one of the given values (KØN: I alt);
     * {@code skipUnlistedMeasures}: a measure not under 'measures' skips its row instead of rejecting it;
     * {@code yearPeriod}: the quarter or month (K1, M01) that stands for its year, for stocks measured at a
     * point in the year; the year's other periods are then skipped, never summed. Skipped rows are counted.
     */
    public record RowSelection(Map<String, List<String>> keepRows, boolean skipUnlistedMeasures,
                               Optional<String> yearPeriod) {
    }

    /** A file-name pattern; move-out files also say which company's estates their afdeling numbers are. */
    public record FilePattern(String glob, String company) {

        public boolean matches(Path file) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return matcher.matches(file.getFileName());
        }
    }

    /**
     * The sheets of a workbook read together as one file ('sheets:'): every sheet ('all') or those whose name
     * matches a glob ("20*", "Fraflytninger ????"), compared regardless of case and surrounding spaces.
     */
    public record SheetPattern(String glob) {

        public static final SheetPattern ALL = new SheetPattern("*");

        public boolean matches(String sheet) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.strip().toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(sheet.strip()).matches();
        }

        /** As the mapping wrote it, for messages. */
        public String describe() {
            return this.equals(ALL) ? "sheets: all" : "sheets: \"" + glob + "\"";
        }
    }

    public Optional<FilePattern> patternFor(Path file) {
        return files.stream().filter(pattern -> pattern.matches(file)).findFirst();
    }
}
