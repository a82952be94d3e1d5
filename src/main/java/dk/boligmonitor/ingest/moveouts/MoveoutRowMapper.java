package dk.boligmonitor.ingest.moveouts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.boligmonitor.config.Estate;
import dk.boligmonitor.ingest.Cells;
import dk.boligmonitor.ingest.MappedColumns;
import dk.boligmonitor.ingest.MappedRow;
import dk.boligmonitor.ingest.Rejection;
import dk.boligmonitor.ingest.RowMapper;
import dk.boligmonitor.ingest.RowProblem;
import dk.boligmonitor.ingest.SourceMapping;
import dk.boligmonitor.ingest.SourceMapping.Role;
import dk.boligmonitor.ingest.SourceRow;

/**
 * Maps a row of a housing company's move-out list. Afdeling numbers only mean something within the company
 * the file pattern names, so the estate is looked up as company + afdeling among the configured estates.
 */
public final class MoveoutRowMapper implements RowMapper {

    private final SourceMapping mapping;
    private final MappedColumns columns;
    private final String company;
    private final Set<String> estates;
    private final int firstYear;
    private final int lastYear;
    private final Map<String, Integer> seen = new HashMap<>();

    public MoveoutRowMapper(SourceMapping mapping, MappedColumns columns, String company, Set<String> estates,
                            int firstYear, int lastYear) {
        this.mapping = mapping;
        this.columns = columns;
        this.company = company;
        this.estates = estates;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    @Override
    public MappedRow map(SourceRow row) {
        try {
            Moveout moveout = new Moveout(row.rowNo(), estate(row), tenancy(row), date(row),
                    optionalText(row, Role.REASON), vacancyDays(row), loss(row));
            String key = moveout.estateCode() + " " + moveout.tenancy() + " " + moveout.date();
            Integer earlier = seen.putIfAbsent(key, row.rowNo());
            if (earlier != null) {
                return MappedRow.rejected(row.rowNo(), List.of(new Rejection(row.rowNo(), null, null,
                        "duplicate: row " + earlier + " already has the move-out of tenancy " + moveout.tenancy()
                                + " on " + moveout.date())));
            }
            return MappedRow.moveout(row.rowNo(), moveout);
        } catch (RowProblem problem) {
            return MappedRow.rejected(row.rowNo(), List.of(problem.at(row.rowNo())));
        }
    }

    private String estate(SourceRow row) throws RowProblem {
        int column = columns.index(Role.ESTATE);
        String afdeling = row.cell(column).trim().replaceAll("\\.0+$", "");
        String code = Estate.codeOf(company, afdeling);
        if (!estates.contains(code)) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    "estate: " + company + " afdeling " + afdeling + " is not in jobs/programmes");
        }
        return code;
    }

    private String tenancy(SourceRow row) throws RowProblem {
        int column = columns.index(Role.TENANCY);
        String text = row.cell(column).trim();
        if (text.isEmpty()) {
            throw new RowProblem(columns.name(column), text, "missing tenancy number");
        }
        return text;
    }

    private LocalDate date(SourceRow row) throws RowProblem {
        int column = columns.index(Role.DATE);
        LocalDate date = Cells.date(row.cell(column), row.isNumeric(column), columns.name(column));
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new RowProblem(columns.name(column), row.cell(column),
                    "year outside the programmes' years " + firstYear + "–" + lastYear);
        }
        return date;
    }

    private String optionalText(SourceRow row, Role role) {
        return columns.has(role) ? row.cell(columns.index(role)).trim() : null;
    }

    private Integer vacancyDays(SourceRow row) throws RowProblem {
        BigDecimal days = optionalNumber(row, Role.VACANCY_DAYS);
        if (days == null) {
            return null;
        }
        int column = columns.index(Role.VACANCY_DAYS);
        if (days.signum() < 0 || days.stripTrailingZeros().scale() > 0) {
            throw new RowProblem(columns.name(column), row.cell(column), "vacancy days must be a whole number ≥ 0");
        }
        return days.intValueExact();
    }

    private BigDecimal loss(SourceRow row) throws RowProblem {
        return optionalNumber(row, Role.LOSS);
    }

    private BigDecimal optionalNumber(SourceRow row, Role role) throws RowProblem {
        if (!columns.has(role) || row.cell(columns.index(role)).isBlank()) {
            return null;
        }
        int column = columns.index(role);
        return Cells.number(row.cell(column), row.isNumeric(column), mapping.decimalSeparator(), columns.name(column));
    }
}
