package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dk.boligmonitor.config.Estate;
import dk.boligmonitor.config.SourceMapping.Role;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.read.Cells;
import dk.boligmonitor.ingest.read.HeaderNames;
import dk.boligmonitor.ingest.read.Identifiers;
import dk.boligmonitor.ingest.read.Rejection;
import dk.boligmonitor.ingest.read.RowProblem;
import dk.boligmonitor.ingest.read.SourceRow;

/**
 * Maps a row of a housing company's move-out list. Afdeling numbers only mean something within the company
 * the file pattern names, so the estate is looked up as company + afdeling among the configured estates.
 */
public final class MoveoutRowMapper implements SourceRowMapper {

    /** Excel numbers come as "15.0"; an afdeling is "15". */
    private static final Pattern WHOLE_NUMBER_SUFFIX = Pattern.compile("\\.0+$");

    /** The sizes of the moveout table's columns: a value that does not fit must not fail the load. */
    static final int TENANCY_LENGTH = 40;
    /** The category of every reason the mapping's {@code reasons} do not list. */
    static final String OTHER_REASON = "andet";
    static final int LOSS_INTEGER_DIGITS = 12;
    /** A hundred years: more is no vacancy but a number from another column. */
    static final int MAX_VACANCY_DAYS = 36_500;

    private final char decimalSign;
    private final MappedColumns columns;
    private final String company;
    /** The company's afdeling numbers in their one spelling ({@link Identifiers}) → configured estate code. */
    private final Map<String, String> estates = new HashMap<>();
    private final int firstYear;
    private final int lastYear;
    /** The mapping's reason categories by their normalized names ({@link HeaderNames}). */
    private final Map<String, String> reasons = new HashMap<>();
    private static final int SHEET_SHIFT = 21;

    private final SeenMoveouts seen = new SeenMoveouts();
    /** The sheets met so far, where the file is several: a remembered row is its sheet's place and row number. */
    private final List<String> sheets = new ArrayList<>();
    /** Afdeling as the file writes it → configured estate code, so millions of rows reuse a few thousand lookups. */
    private final Map<String, String> estateCodes = new HashMap<>();

    public MoveoutRowMapper(char decimalSign, List<String> reasons, MappedColumns columns, String company,
                            Set<String> estates, int firstYear, int lastYear) {
        this.decimalSign = decimalSign;
        this.columns = columns;
        this.company = company;
        String prefix = Estate.codeOf(company, "");
        estates.stream().filter(code -> code.startsWith(prefix))
                .forEach(code -> this.estates.put(Identifiers.normalize(code.substring(prefix.length())), code));
        reasons.forEach(reason -> this.reasons.putIfAbsent(HeaderNames.normalize(reason), reason));
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * A row's place as one int: its row number, or of several sheets, the sheet's place above a sheet's rows
     * (a sheet holds at most 1,048,576 rows, 2^20), so that a duplicate in another sheet names the sheet.
     */
    private int place(SourceRow row) {
        if (row.sheet() == null) {
            return row.rowNo();
        }
        if (!sheets.contains(row.sheet())) {
            sheets.add(row.sheet());
        }
        return sheets.indexOf(row.sheet()) << SHEET_SHIFT | row.rowNo();
    }

    private String describe(int place) {
        return sheets.isEmpty() ? Messages.get("ingest.row.place", place)
                : Messages.get("ingest.row.place_in_sheet", sheets.get(place >>> SHEET_SHIFT),
                        place & (1 << SHEET_SHIFT) - 1);
    }

    @Override
    public MappedRow map(SourceRow row) {
        try {
            Moveout moveout = new Moveout(row.rowNo(), estate(row), tenancy(row), date(row),
                    reason(row), vacancyDays(row), loss(row));
            int earlier = seen.putIfAbsent(moveout.estateCode(), moveout.tenancy(), moveout.date(), place(row));
            if (earlier != 0) {
                return MappedRow.rejected(row.rowNo(), List.of(new Rejection(row.rowNo(), null, null,
                        Messages.get("ingest.row.duplicate_moveout", describe(earlier), moveout.tenancy(),
                                moveout.date().toString()))));
            }
            return MappedRow.moveout(row.rowNo(), moveout);
        } catch (RowProblem problem) {
            return MappedRow.rejected(row.rowNo(), List.of(problem.at(row.rowNo())));
        }
    }

    private String estate(SourceRow row) throws RowProblem {
        int column = columns.index(Role.ESTATE);
        String afdeling = row.cell(column).trim();
        if (afdeling.indexOf('.') >= 0) {
            afdeling = WHOLE_NUMBER_SUFFIX.matcher(afdeling).replaceFirst("");
        }
        String code = estateCodes.computeIfAbsent(afdeling, a -> estates.get(Identifiers.normalize(a)));
        if (code == null) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.unknown_estate", company, afdeling));
        }
        return code;
    }

    private String tenancy(SourceRow row) throws RowProblem {
        int column = columns.index(Role.TENANCY);
        String text = row.cell(column).trim();
        // one spelling, so "23-0186" and "23-186" are one tenancy within a file and across files
        String tenancy = Identifiers.normalize(text);
        if (tenancy.isEmpty()) {
            throw new RowProblem(columns.name(column), text, Messages.get("ingest.row.tenancy_missing"));
        }
        if (text.length() > TENANCY_LENGTH) {
            throw new RowProblem(columns.name(column), text,
                    Messages.get("ingest.row.tenancy_too_long", TENANCY_LENGTH));
        }
        if (tenancy.chars().noneMatch(Character::isDigit)) {
            // a name or a note in the column: its text is kept from the rejects (see Rejection)
            throw new RowProblem(columns.name(column), text, Messages.get("ingest.row.tenancy_without_digit"));
        }
        return tenancy;
    }

    private LocalDate date(SourceRow row) throws RowProblem {
        int column = columns.index(Role.DATE);
        LocalDate date = Cells.date(row.cell(column), row.isNumeric(column), columns.name(column));
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.year_outside", firstYear, lastYear));
        }
        return date;
    }

    /**
     * A reason is free text, where tenants' names and notes about them turn up ("dødsbo v/ ..."), so it is never
     * stored as written: only as one of the categories the mapping lists under {@code reasons} (compared as
     * header names are), anything else as {@value #OTHER_REASON}; without {@code reasons} it is not kept.
     */
    private String reason(SourceRow row) {
        if (!columns.has(Role.REASON) || reasons.isEmpty()) {
            return null;
        }
        String text = row.cell(columns.index(Role.REASON));
        return text.isBlank() ? null : reasons.getOrDefault(HeaderNames.normalize(text), OTHER_REASON);
    }

    private Integer vacancyDays(SourceRow row) throws RowProblem {
        BigDecimal days = optionalNumber(row, Role.VACANCY_DAYS);
        if (days == null) {
            return null;
        }
        int column = columns.index(Role.VACANCY_DAYS);
        if (days.signum() < 0 || days.stripTrailingZeros().scale() > 0
                || days.compareTo(BigDecimal.valueOf(MAX_VACANCY_DAYS)) > 0) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.vacancy_days", MAX_VACANCY_DAYS));
        }
        return days.intValueExact();
    }

    private BigDecimal loss(SourceRow row) throws RowProblem {
        BigDecimal loss = optionalNumber(row, Role.LOSS);
        if (loss == null) {
            return null;
        }
        int column = columns.index(Role.LOSS);
        return Cells.fitting(loss, LOSS_INTEGER_DIGITS, row.cell(column), columns.name(column));
    }

    private BigDecimal optionalNumber(SourceRow row, Role role) throws RowProblem {
        if (!columns.has(role) || row.cell(columns.index(role)).isBlank()) {
            return null;
        }
        int column = columns.index(role);
        if (row.isPercent(column)) {
            throw Cells.shownAsPercent(columns.name(column), row.cell(column),
                    Messages.get("ingest.row.percent_amount"));
        }
        return Cells.number(row.cell(column), row.isNumeric(column), decimalSign, columns.name(column));
    }
}
