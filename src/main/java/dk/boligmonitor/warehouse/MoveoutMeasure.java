package dk.boligmonitor.warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.Arrays;
import java.util.Optional;

import dk.boligmonitor.warehouse.Fact.State;

/**
 * The figures the move-out lists give, one for each {@code derived:} kind of jobs/indicators.yml: the move-out
 * rate, and the lists' economics, vacancy (tomgang) and loss at move-out (tab ved fraflytning). Each is formed
 * from summed counts, never from averages. A total or the vacancy rate is only a figure when every move-out gave
 * its value (one left out would make it too low); an average is over the move-outs that gave the value, says
 * how many did not, and is missing when none did.
 */
enum MoveoutMeasure {

    RATE("moveouts", "fraflytninger / lejemål") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tenancies == 0) {
                return missing(unit, indicator, year, BigDecimal.valueOf(tally.moveouts()), BigDecimal.ZERO,
                        NO_TENANCIES);
            }
            return ratio(unit, indicator, year, tally.moveouts(), tenancies, HUNDRED, derivation);
        }
    },
    VACANCY_DAYS("vacancy_days", "tomgangsdage") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tally.withoutVacancyDays() > 0) {
                return missing(unit, indicator, year, null, null, withoutVacancyDays(tally));
            }
            BigDecimal days = BigDecimal.valueOf(tally.vacancyDays());
            return Fact.derived(unit, indicator, year, days, null, days, State.VALUE, derivation);
        }
    },
    VACANCY_DAYS_PER_MOVEOUT("vacancy_days_per_moveout", "tomgangsdage / fraflytninger med tomgangsdage") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tally.vacancyKnown() == 0) {
                return missing(unit, indicator, year, null, null,
                        tally.moveouts() == 0 ? NO_MOVEOUTS : withoutVacancyDays(tally));
            }
            return ratio(unit, indicator, year, tally.vacancyDays(), tally.vacancyKnown(), BigDecimal.ONE,
                    tally.withoutVacancyDays() == 0 ? derivation : derivation + "; " + withoutVacancyDays(tally));
        }
    },
    VACANCY_RATE("vacancy_rate", "tomgangsdage / (lejemål × årets dage)") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tenancies == 0) {
                return missing(unit, indicator, year, null, BigDecimal.ZERO, NO_TENANCIES);
            }
            if (tally.withoutVacancyDays() > 0) {
                return missing(unit, indicator, year, null, null, withoutVacancyDays(tally));
            }
            return ratio(unit, indicator, year, tally.vacancyDays(), tenancies * Year.of(year).length(), HUNDRED,
                    derivation);
        }
    },
    /** In 1.000 kr., as Danish statistics give large amounts: "956", not "955.811", fits a report's column. */
    LOSS("moveout_loss", "tab ved fraflytning i kr. / 1.000") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tally.withoutLoss() > 0) {
                return missing(unit, indicator, year, null, null, withoutLoss(tally));
            }
            return Fact.derived(unit, indicator, year, tally.loss(), THOUSAND,
                    tally.loss().divide(THOUSAND, MathContext.DECIMAL64), State.VALUE, derivation);
        }
    },
    LOSS_PER_MOVEOUT("moveout_loss_per_moveout", "tab ved fraflytning / fraflytninger med tab oplyst") {
        @Override
        Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies, String derivation) {
            if (tally.lossKnown() == 0) {
                return missing(unit, indicator, year, null, null,
                        tally.moveouts() == 0 ? NO_MOVEOUTS : withoutLoss(tally));
            }
            BigDecimal value = tally.loss().divide(BigDecimal.valueOf(tally.lossKnown()), MathContext.DECIMAL64);
            return Fact.derived(unit, indicator, year, tally.loss(), BigDecimal.valueOf(tally.lossKnown()), value,
                    State.VALUE, tally.withoutLoss() == 0 ? derivation : derivation + "; " + withoutLoss(tally));
        }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String NO_TENANCIES = "ingen lejemål";
    private static final String NO_MOVEOUTS = "ingen fraflytninger";

    /** The indicator's {@code derived:} kind in jobs/indicators.yml. */
    private final String kind;
    /** How an estate's figure is formed, for its lineage. */
    private final String formula;

    MoveoutMeasure(String kind, String formula) {
        this.kind = kind;
        this.formula = formula;
    }

    static Optional<MoveoutMeasure> of(String derived) {
        return Arrays.stream(values()).filter(measure -> measure.kind.equals(derived)).findFirst();
    }

    /** The estate's figure, with how it was formed. */
    Fact estate(String unit, String indicator, int year, MoveoutTally tally, long tenancies) {
        return fact(unit, indicator, year, tally, tenancies, formula + " i afdelingen");
    }

    /** The figure of {@code tally}, the move-outs of an estate or of several summed, and their tenancies. */
    abstract Fact fact(String unit, String indicator, int year, MoveoutTally tally, long tenancies,
                       String derivation);

    private static Fact ratio(String unit, String indicator, int year, long numerator, long denominator,
                              BigDecimal scale, String derivation) {
        BigDecimal value = BigDecimal.valueOf(numerator).multiply(scale)
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        return Fact.derived(unit, indicator, year, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                value, State.VALUE, derivation);
    }

    private static Fact missing(String unit, String indicator, int year, BigDecimal numerator, BigDecimal denominator,
                                String why) {
        return Fact.derived(unit, indicator, year, numerator, denominator, null, State.MISSING, why);
    }

    private static String withoutVacancyDays(MoveoutTally tally) {
        return tally.withoutVacancyDays() + " af " + tally.moveouts() + " fraflytninger uden tomgangsdage";
    }

    private static String withoutLoss(MoveoutTally tally) {
        return tally.withoutLoss() + " af " + tally.moveouts() + " fraflytninger uden tab oplyst";
    }
}
