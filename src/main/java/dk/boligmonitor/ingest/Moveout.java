package dk.boligmonitor.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One tenancy's move-out from a housing company's list. Holds no person: tenancy number, not tenant. */
public record Moveout(int rowNo, String estateCode, String tenancy, LocalDate date, String reason,
                      Integer vacancyDays, BigDecimal loss) {
}
