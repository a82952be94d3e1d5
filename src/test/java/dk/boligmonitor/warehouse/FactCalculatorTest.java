package dk.boligmonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.boligmonitor.config.SourceMapping.Part;
import dk.boligmonitor.config.Unit;
import dk.boligmonitor.warehouse.FactCalculator.Observed;

/**
 * A share's numerator and denominator can come from two files that each pass the ingest's checks alone; where
 * together they cannot be a share, no figure is formed, and both rows stay named.
 */
class FactCalculatorTest {

    private static final Observed READY = new Observed(new BigDecimal(267), "VALUE", 1, "2016", 7);
    private static final Observed PUPILS = new Observed(new BigDecimal(27), "VALUE", 2, null, 6);

    @Test
    void aShareWhoseNumeratorFromOneFileExceedsItsDenominatorFromAnotherIsNoFigure() {
        Fact fact = FactCalculator.compute("sydbyen", "uddannelsesparat", 2016, Unit.PERCENT,
                Map.of(Part.NUMERATOR, READY, Part.DENOMINATOR, PUPILS));
        assertThat(fact.state()).isEqualTo(Fact.State.MISSING);
        assertThat(fact.value()).isNull();
        assertThat(fact.derivation()).isEqualTo(FactCalculator.IMPOSSIBLE_SHARE);
        assertThat(fact.numeratorFile()).isEqualTo(1L);
        assertThat(fact.numeratorSheet()).isEqualTo("2016");
        assertThat(fact.numeratorRow()).isEqualTo(7);
        assertThat(fact.denominatorFile()).isEqualTo(2L);
        assertThat(fact.denominatorRow()).isEqualTo(6);
    }

    @Test
    void aRateMayExceedItsBase() {
        Fact fact = FactCalculator.compute("sydbyen", "afgoerelser", 2016, Unit.PER_1000,
                Map.of(Part.NUMERATOR, READY, Part.DENOMINATOR, PUPILS));
        assertThat(fact.state()).isEqualTo(Fact.State.VALUE);
        assertThat(fact.value()).isEqualByComparingTo("9888.888888888889");
    }
}
