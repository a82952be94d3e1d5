package dk.boligmonitor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.boligmonitor.rules.FactLookup.Figure;
import dk.boligmonitor.rules.AveragedFacts;

/** Each kind of criterion, with targets worked out by hand. */
class RuleTest {

    private final Map<String, Figure> figures = new HashMap<>();
    private final FactLookup facts = new FactLookup() {
        @Override
        public Optional<Figure> figure(String unit, String indicator, int year) {
            return Optional.ofNullable(figures.get(unit + year));
        }

        @Override
        public String referenceUnit(String unit, String reference) {
            return reference.equals("region") ? "r1085" : reference;
        }
    };

    /** The criterion's last year: a verdict, not a way-point. */
    private Case at(String unit, int year, int decimals) {
        return new Case(facts, "x", unit, year, decimals, false, year);
    }

    private void given(String unit, int year, String value, int numerator, int denominator) {
        figures.put(unit + year, new Figure(new BigDecimal(value), "VALUE", BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator)));
    }

    private void given(String unit, int year, String value) {
        figures.put(unit + year, new Figure(new BigDecimal(value), "VALUE"));
    }

    @Test
    void relativeFallIsCompoundedFromTheBaselineYear() {
        given("a", 2017, "22.0");
        given("a", 2019, "17.8");
        // 22.0 × 0.9 × 0.9 = 17.82, shown as 17,8: an actual 17,8 meets it
        Evaluation e = new Rule.RelativeFall(BigDecimal.TEN, 2017).evaluate(at("a", 2019, 1));

        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(e.targetText()).isEqualTo("≤ 17,8");
        assertThat(e.explanation()).isEqualTo("skal falde 10 % om året fra 2017 (renters rente): mål ≤ 17,8; faktisk 17,8");
        given("a", 2019, "17.9");
        assertThat(new Rule.RelativeFall(BigDecimal.TEN, 2017).evaluate(at("a", 2019, 1)).status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void targetPathIsAStraightLine() {
        given("p", 2019, "24.3");
        Evaluation e = new Rule.TargetPath(2016, new BigDecimal("30.65"), 2021, new BigDecimal("20"))
                .evaluate(at("p", 2019, 1));

        // 30.65 − 10.65 × 3/5 = 24.26
        assertThat(e.targetText()).isEqualTo("≤ 24,3");
        assertThat(e.status()).isEqualTo(Status.ON_TRACK); // 2019 is on the way to 2021
        assertThat(e.rule()).isEqualTo("skal gå fra 30,65 i 2016 til højst 20 i 2021 (lige linje)");
    }

    @Test
    void missingAndSuppressedFiguresAreNeverAVerdict() {
        figures.put("a2020", new Figure(null, "SUPPRESSED"));
        Rule bound = new Rule.UpperBound(new BigDecimal("28"), Map.of());

        assertThat(bound.evaluate(at("a", 2020, 1)).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(bound.evaluate(at("a", 2021, 1)).status()).isEqualTo(Status.NO_DATA);
        assertThat(new Rule.Direction(true, 2017).evaluate(at("a", 2021, 1)).status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void boundIsStrictOnTheShownFigure() {
        given("a", 2020, "27.96");
        Rule bound = new Rule.UpperBound(null, Map.of("a", new BigDecimal("28")));

        // 27,96 is shown as 28,0, which is not under 28
        assertThat(bound.evaluate(at("a", 2020, 1)).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aboveAReferenceGroupInTheSameYear() {
        given("sub", 2016, "72.4");
        given("a", 2016, "73");

        Evaluation e = new Rule.AboveReference("sub", "Alle SUB-områder").evaluate(at("a", 2016, 0));

        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(e.targetText()).isEqualTo("> 72,4");
    }

    @Test
    void beforeTheLastYearAPathIsOnTrackOrNot() {
        given("p", 2018, "26.0");
        Rule path = new Rule.TargetPath(2016, new BigDecimal("30.65"), 2021, new BigDecimal("20"));

        // 2018: 30.65 − 10.65 × 2/5 = 26.39 → ≤ 26,4
        assertThat(path.evaluate(new Case(facts, "x", "p", 2018, 1, false, 2021)).status()).isEqualTo(Status.ON_TRACK);
        given("p", 2018, "27.0");
        assertThat(path.evaluate(new Case(facts, "x", "p", 2018, 1, false, 2021)).status())
                .isEqualTo(Status.NOT_ON_TRACK);
    }

    @Test
    void surveyChangeWithinItsUncertaintyIsNotSignificant() {
        // 66 % of 120 against 63 % of 110 two years before: the difference is well inside ±12 points
        given("a", 2017, "63", 69, 110);
        given("a", 2019, "66", 79, 120);
        Case survey = new Case(facts, "tryghed", "a", 2019, 0, true, 2019);

        Evaluation e = new Rule.Direction(true, 2017).evaluate(survey);

        assertThat(e.status()).isEqualTo(Status.NOT_SIGNIFICANT);
        assertThat(e.actualText()).isEqualTo("66 (inden for usikkerheden)");
        given("a", 2019, "85", 102, 120);
        assertThat(new Rule.Direction(true, 2017).evaluate(survey).status()).isEqualTo(Status.MET);
    }

    @Test
    void fixedValuesAndRatiosToTheRegion() {
        given("a", 2019, "43.2");
        given("r1085", 2019, "300000");
        given("b", 2019, "160000");

        assertThat(new Rule.FixedValue(Rule.Comparison.ABOVE, new BigDecimal("40")).evaluate(at("a", 2019, 1)).status())
                .isEqualTo(Status.MET);
        Evaluation income = new Rule.RelativeToReference("region", new BigDecimal("0.55"), Rule.Comparison.BELOW)
                .evaluate(at("b", 2019, 0));
        // 55 % of 300.000 is 165.000
        assertThat(income.status()).isEqualTo(Status.MET);
        assertThat(income.targetText()).isEqualTo("< 165.000");
        assertThat(income.rule()).isEqualTo("skal være under 0,55 × regionens niveau");
    }

    @Test
    void twoYearAverageSumsTheCountsOfBothYears() {
        given("a", 2018, "30.0", 30, 100);
        given("a", 2019, "50.0", 150, 300);

        // (30 + 150) / (100 + 300) = 45 %, not the 40 % an average of the two rates would give
        assertThat(new AveragedFacts(facts, 2, BigDecimal.valueOf(100)).figure("a", "x", 2019).orElseThrow().value())
                .isEqualByComparingTo("45");
        figures.put("a2018", new Figure(null, "SUPPRESSED"));
        assertThat(new AveragedFacts(facts, 2, BigDecimal.valueOf(100)).figure("a", "x", 2019).orElseThrow().state())
                .isEqualTo("SUPPRESSED");
    }
}
