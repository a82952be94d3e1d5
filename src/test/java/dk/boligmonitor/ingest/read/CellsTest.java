package dk.boligmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Numbers, years and dates as Danish files write them. */
class CellsTest {

    @Test
    void danishNumbersUseDecimalCommaAndThousandsDot() throws RowProblem {
        assertThat(Cells.number("30,65", false, ',', "INDHOLD")).isEqualByComparingTo("30.65");
        assertThat(Cells.number("1.234,5", false, ',', "INDHOLD")).isEqualByComparingTo("1234.5");
        assertThat(Cells.number("6025603", false, ',', "INDHOLD")).isEqualByComparingTo("6025603");
        assertThat(Cells.number("1.000", false, ',', "INDHOLD")).isEqualByComparingTo("1000");
        assertThat(Cells.number("12.345,50", false, ',', "Tab")).isEqualByComparingTo("12345.50");
        assertThat(Cells.number("-0,50", false, ',', "Tab")).isEqualByComparingTo("-0.5");
        assertThat(Cells.number("1 234,5", false, ',', "Tab")).isEqualByComparingTo("1234.5");
    }

    @Test
    void excelNumbersAndPointFilesArePlain() throws RowProblem {
        assertThat(Cells.number("5.9", true, ',', "Værdi")).isEqualByComparingTo("5.9");
        assertThat(Cells.number("1,234.5", false, '.', "x")).isEqualByComparingTo("1234.5");
    }

    @Test
    void somethingElseIsNotANumberAndSaysWhere() {
        assertThatThrownBy(() -> Cells.number("12,3,4", false, ',', "INDHOLD"))
                .isInstanceOfSatisfying(RowProblem.class, p -> assertThat(p.at(7))
                        .isEqualTo(new Rejection(7, "INDHOLD", "12,3,4", "ikke et tal")));
        assertThatThrownBy(() -> Cells.number("ca. 40", false, ',', "INDHOLD")).isInstanceOf(RowProblem.class);
        for (String notANumber : new String[] {"-", "5,", ",5", "--5", "5-", "1,2.3"}) {
            assertThatThrownBy(() -> Cells.number(notANumber, false, ',', "Tab")).as(notANumber)
                    .isInstanceOf(RowProblem.class);
        }
    }

    /** A figure that is a number only with the other decimal sign contradicts the file's reading, not just its row. */
    @Test
    void aFigureOfTheOtherDecimalSignRefusesTheFile() {
        assertThatThrownBy(() -> Cells.number("1.5", false, ',', "Tab")).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("'1.5' i kolonne 'Tab' er et tal med decimalpunktum");
        assertThatThrownBy(() -> Cells.number("5,873,036", false, ',', "INDHOLD"))
                .isInstanceOf(FileRefusedException.class);
        assertThatThrownBy(() -> Cells.number("1.234,5", false, '.', "INDHOLD")).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("decimalkomma");
    }

    @Test
    void aFigureShowsWhichDecimalSignsItFits() {
        assertThat(Cells.shape("1,398")).isEqualTo(Cells.Shape.EITHER);
        assertThat(Cells.shape("-1.398")).isEqualTo(Cells.Shape.EITHER);
        assertThat(Cells.shape("5,8")).isEqualTo(Cells.Shape.COMMA);
        assertThat(Cells.shape("0,00")).isEqualTo(Cells.Shape.COMMA);
        assertThat(Cells.shape("1.234.567")).isEqualTo(Cells.Shape.COMMA);
        assertThat(Cells.shape("5.8")).isEqualTo(Cells.Shape.POINT);
        assertThat(Cells.shape("5,873,036")).isEqualTo(Cells.Shape.POINT);
        assertThat(Cells.shape("1,234.5")).isEqualTo(Cells.Shape.POINT);
        assertThat(Cells.shape("2019")).isEqualTo(Cells.Shape.NONE);
        assertThat(Cells.shape("..")).isEqualTo(Cells.Shape.NONE);
        assertThat(Cells.shape("31.12.2019")).isEqualTo(Cells.Shape.NONE);
    }

    @Test
    void periodsAsDstWritesThem() throws RowProblem {
        assertThat(Cells.period("2021", "TID")).isEqualTo(new Period(2021, "2021"));
        assertThat(Cells.period("2016.0", "År")).isEqualTo(new Period(2016, "2016"));
        assertThat(Cells.period("2021K1", "TID")).isEqualTo(new Period(2021, "2021K1"));
        assertThat(Cells.period("2021M01", "TID")).isEqualTo(new Period(2021, "2021M01"));
        assertThat(Cells.period("2021m3", "TID")).isEqualTo(new Period(2021, "2021M03"));
        assertThat(Cells.period("2021M01", "TID").isWholeYear()).isFalse();
        assertThatThrownBy(() -> Cells.period("2021K5", "TID")).hasMessageContaining("ikke en periode");
        assertThatThrownBy(() -> Cells.period("i alt", "TID")).hasMessageContaining("ikke en periode");
    }

    @Test
    void datesAsTextOrExcelSerials() throws RowProblem {
        assertThat(Cells.date("31-12-2019", false, "d")).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Cells.date("1.3.2020", false, "d")).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(Cells.date("2021-06-15", false, "d")).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(Cells.date("43830", true, "d")).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Cells.date("43830", false, "d")).as("a serial written as text").isEqualTo(LocalDate.of(2019, 12, 31));
        assertThatThrownBy(() -> Cells.date("31-13-2019", false, "d")).hasMessageStartingWith("ikke en dato");
    }

    @Test
    void impossibleDatesAreNotRolledOver() {
        assertThatThrownBy(() -> Cells.date("31-02-2018", false, "d")).hasMessageStartingWith("ikke en dato");
        assertThatThrownBy(() -> Cells.date("29.2.2019", false, "d")).hasMessageStartingWith("ikke en dato");
    }

    @Test
    void numbersTooLargeForTheirColumnRejectTheRow() throws RowProblem {
        assertThat(Cells.fitting(new java.math.BigDecimal("999999999999.99"), 12, "x", "Tab")).isNotNull();
        assertThatThrownBy(() -> Cells.fitting(new java.math.BigDecimal("1000000000000"), 12, "1.000.000.000.000", "Tab"))
                .hasMessageContaining("for stort tal");
        assertThatThrownBy(() -> Cells.fitting(new java.math.BigDecimal("1E+20"), 14, "1E+20", "Værdi"))
                .hasMessageContaining("for stort tal");
    }

    @Test
    void headersMatchWhateverTheSpellingOfCaseSpacesAndLetters() {
        assertThat(HeaderNames.normalize("\uFEFFOMRÅDE")).isEqualTo(HeaderNames.normalize("omraade"));
        assertThat(HeaderNames.normalize(" Tab ved fraflytning (kr.) ")).isEqualTo("tabvedfraflytningkr");
        assertThat(HeaderNames.normalize("Fraflytningsdato")).isNotEqualTo(HeaderNames.normalize("Fraflyttet dato"));
    }
}
