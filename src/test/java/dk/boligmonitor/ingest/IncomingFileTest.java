package dk.boligmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.boligmonitor.config.ConfigLoader;
import dk.boligmonitor.config.MonitorConfig;

/**
 * What may lie in the inbox: the bad-input corpus through the guards an upload passes. Personal data and files no
 * reader can read are turned away; what only the mapping would reject or refuse is let in for the preview to show.
 */
class IncomingFileTest {

    static MonitorConfig config;

    @BeforeAll
    static void load() {
        config = ConfigLoader.load(BadInputCorpusTest.CONFIG);
    }

    @Test
    void aColumnOfCprNumbersTheMappingDropsIsLetIn() {
        assertThat(refusal("fraflytninger-med-personkolonner_fob_2018.csv")).isEmpty();
    }

    @Test
    void theSameFileUnderANameNoMappingTakesIsReadWholeAndRefused() {
        assertThat(refusal("fraflytninger-med-personkolonner_fob_2018.csv", "lejere_2018.csv"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("række 2, kolonne 3",
                        "indeholder et CPR-nummer"));
    }

    @Test
    void personalDataTheMappingWouldRefuseIsRefused() {
        assertThat(refusal("fraflytninger_fob_2018_med_cpr.csv"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("'CPR-nr.' indeholder personoplysninger"));
        assertThat(refusal("fraflytninger_fob_2017_cpr_i_aarsag.csv"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("række 1203, kolonne 'Fraflytningsårsag'"));
        assertThat(refusal("fraflytninger_sab_2013_cpr_med_mellemrum.csv")).isPresent();
    }

    @Test
    void aFileNoReaderCanReadIsRefused() {
        assertThat(refusal("fraflytninger_boligkorsoer_2021_zipbombe.xlsx"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("zipbombe"));
        assertThat(refusal("fraflytninger_sab_2021_xlsx_omdoebt.csv"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("er en .xlsx-arbejdsbog"));
        assertThat(refusal("fraflytninger_sab_2021_tom.csv"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("filen er tom"));
        assertThat(refusal("fraflytninger_fob_2015_uafsluttet_citat.csv")).isPresent();
    }

    @Test
    void whatOnlyTheMappingRejectsOrRefusesIsLetInForThePreviewToShow() {
        assertThat(refusal("fraflytninger_fob_2021_manglende_kolonne.csv")).isEmpty();
        assertThat(refusal("fraflytninger_sab_2014_nul_i_aarsag.csv")).isEmpty();
        assertThat(refusal("fraflytninger_fob_2016_forskudte_kolonner.csv")).isEmpty();
        assertThat(refusal("ukendt_udtraek_2021.csv")).isEmpty();
    }

    private static Optional<String> refusal(String file) {
        return refusal(file, file);
    }

    private static Optional<String> refusal(String file, String name) {
        return IncomingFile.refusal(BadInputCorpusTest.CORPUS.resolve(file), name, config);
    }
}
