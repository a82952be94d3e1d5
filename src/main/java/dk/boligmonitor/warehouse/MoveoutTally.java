package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The move-outs of an estate and year, or of several summed, each counted once, with the vacancy days and the
 * loss of those that gave them and how many did: a value a move-out leaves out is missing, not zero.
 */
record MoveoutTally(long moveouts, long vacancyDays, long vacancyKnown, BigDecimal loss, long lossKnown) {

    static final MoveoutTally NONE = new MoveoutTally(0, 0, 0, BigDecimal.ZERO, 0);

    /** Five columns from {@code first}: move-outs, vacancy days, how many gave them, loss, how many gave it. */
    static MoveoutTally of(ResultSet rs, int first) throws SQLException {
        BigDecimal loss = rs.getBigDecimal(first + 3);
        return new MoveoutTally(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2),
                loss == null ? BigDecimal.ZERO : loss, rs.getLong(first + 4));
    }

    MoveoutTally plus(MoveoutTally other) {
        return new MoveoutTally(moveouts + other.moveouts, vacancyDays + other.vacancyDays,
                vacancyKnown + other.vacancyKnown, loss.add(other.loss), lossKnown + other.lossKnown);
    }

    long withoutVacancyDays() {
        return moveouts - vacancyKnown;
    }

    long withoutLoss() {
        return moveouts - lossKnown;
    }
}
