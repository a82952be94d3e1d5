package dk.boligmonitor.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one layout of source file is read: which files it applies to, which header means what (with the
 * aliases people rename columns to), and which indicator and part (numerator, denominator, value) each
 * value cell feeds. One mapping serves every file of the same layout.
 */
public record SourceMapping(
        String name,
        String description,
        Kind kind,
        List<FilePattern> files,
        Optional<String> sheet,
        char decimalSeparator,
        Map<Role, List<String>> columns,
        Map<String, List<Target>> values,
        Map<String, List<Target>> measures,
        Path file) {

    public enum Kind { INDICATORS, MOVEOUTS }

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

    /** A file-name pattern; move-out files also say which company's estates their afdeling numbers are. */
    public record FilePattern(String glob, String company) {

        public boolean matches(Path file) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return matcher.matches(file.getFileName());
        }
    }

    public Optional<FilePattern> patternFor(Path file) {
        return files.stream().filter(pattern -> pattern.matches(file)).findFirst();
    }
}
