package dk.boligmonitor.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.boligmonitor.targets.FactLookup.Figure;

/** Each kind of criterion, with targets worked out by hand. */
class RuleTest {

    private final Map<String, Figure> figures = new HashMap<>();
    private final FactLookup facts = (unit, indicator, year) -> Optional.ofNullable(figures.get(unit + year));

    private void given(String unit, int year, String value) {
        figures.put(unit + year, new Figure(new BigDecimal(value), "VALUE"));
    }

    @Test
    void relativeFallIsCompoundedFromTheBaselineYear() {
        given("a", 2017, "22.0");
        given("a", 2019, "17.8");
        // 22.0 × 0.9 × 0.9 = 17.82, shown as 17,8: an actual 17,8 meets it
        Evaluation e = new Rule.RelativeFall(BigDecimal.TEN, 2017).evaluate(facts, "x", "a", 2019, 1);

        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(e.targetText()).isEqualTo("≤ 17,8");
        assertThat(e.explanation()).isEqualTo("skal falde 10 % om året fra 2017 (renters rente): mål ≤ 17,8; faktisk 17,8");
        given("a", 2019, "17.9");
        assertThat(new Rule.RelativeFall(BigDecimal.TEN, 2017).evaluate(facts, "x", "a", 2019, 1).status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void targetPathIsAStraightLine() {
        given("p", 2019, "24.3");
        Evaluation e = new Rule.TargetPath(2016, new BigDecimal("30.65"), 2021, new BigDecimal("20"))
                .evaluate(facts, "x", "p", 2019, 1);

        // 30.65 − 10.65 × 3/5 = 24.26
        assertThat(e.targetText()).isEqualTo("≤ 24,3");
        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(e.rule()).isEqualTo("skal gå fra 30,65 i 2016 til højst 20 i 2021 (lige linje)");
    }

    @Test
    void missingAndSuppressedFiguresAreNeverAVerdict() {
        figures.put("a2020", new Figure(null, "SUPPRESSED"));
        Rule bound = new Rule.UpperBound(new BigDecimal("28"), Map.of());

        assertThat(bound.evaluate(facts, "x", "a", 2020, 1).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(bound.evaluate(facts, "x", "a", 2021, 1).status()).isEqualTo(Status.NO_DATA);
        assertThat(new Rule.Direction(true, 2017).evaluate(facts, "x", "a", 2021, 1).status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void boundIsStrictOnTheShownFigure() {
        given("a", 2020, "27.96");
        Rule bound = new Rule.UpperBound(null, Map.of("a", new BigDecimal("28")));

        // 27,96 is shown as 28,0, which is not under 28
        assertThat(bound.evaluate(facts, "x", "a", 2020, 1).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aboveAReferenceGroupInTheSameYear() {
        given("sub", 2016, "72.4");
        given("a", 2016, "73");

        Evaluation e = new Rule.AboveReference("sub", "Alle SUB-områder").evaluate(facts, "x", "a", 2016, 0);

        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(e.targetText()).isEqualTo("> 72,4");
    }
}
