package dk.boligmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

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
}
