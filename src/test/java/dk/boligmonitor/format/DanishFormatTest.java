package dk.boligmonitor.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DanishFormatTest {

    @Test
    void decimalCommaThousandsDotHalfUp() {
        assertThat(DanishFormat.number(new BigDecimal("34.25"), 1)).isEqualTo("34,3");
        assertThat(DanishFormat.number(new BigDecimal("30.65"), 2)).isEqualTo("30,65");
        assertThat(DanishFormat.number(new BigDecimal("1000"), 0)).isEqualTo("1.000");
        assertThat(DanishFormat.number(new BigDecimal("1234567.891"), 1)).isEqualTo("1.234.567,9");
        assertThat(DanishFormat.number(BigDecimal.ZERO, 1)).isEqualTo("0,0");
    }

    @Test
    void changesCarryTheirSignAndATrueMinus() {
        assertThat(DanishFormat.change(new BigDecimal("2.345"), 1)).isEqualTo("+2,3");
        assertThat(DanishFormat.change(new BigDecimal("-1.35"), 1)).isEqualTo("−1,4");
        assertThat(DanishFormat.change(new BigDecimal("-1234"), 0)).isEqualTo("−1.234");
        assertThat(DanishFormat.change(new BigDecimal("-0.04"), 1)).isEqualTo("0,0");
    }

    @Test
    void yearsAreRunsWithTheirGapsKept() {
        assertThat(DanishFormat.years(List.of(2015, 2013, 2014, 2016))).isEqualTo("2013–2016");
        assertThat(DanishFormat.years(List.of(2014, 2016, 2017, 2018, 2019, 2020, 2021))).isEqualTo("2014, 2016–2021");
        assertThat(DanishFormat.years(List.of(2013, 2015, 2017, 2019, 2021))).isEqualTo("2013, 2015, 2017, 2019, 2021");
        assertThat(DanishFormat.years(List.of(2020))).isEqualTo("2020");
        assertThat(DanishFormat.years(List.of())).isEqualTo("–");
    }
}
