package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CPR numbers are found wherever they are written, and ordinary numbers are left alone. */
class PersonalDataTest {

    @Test
    void cprNumbersAsWholeCells() {
        assertThat(PersonalData.isCpr("120345-1234", false)).isTrue();
        assertThat(PersonalData.isCpr("1203451234", false)).isTrue();
        assertThat(PersonalData.isCpr("703851234", true)).isTrue();
    }

    @Test
    void cprNumbersInsideText() {
        assertThat(PersonalData.isCpr("Dødsfald – dødsbo efter 120345-1234", false)).isTrue();
        assertThat(PersonalData.isCpr("CPR:1203451234.", false)).isTrue();
    }

    @Test
    void otherNumbersAreNoCprNumbers() {
        assertThat(PersonalData.isCpr("23-0412", false)).isFalse();
        assertThat(PersonalData.isCpr("31-12-2019", false)).isFalse();
        assertThat(PersonalData.isCpr("9912341234", false)).isFalse();
        assertThat(PersonalData.isCpr("5790001234567", false)).isFalse();
        assertThat(PersonalData.isCpr("12.345,50", false)).isFalse();
    }
}
