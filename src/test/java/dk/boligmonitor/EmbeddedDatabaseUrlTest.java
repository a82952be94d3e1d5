package dk.boligmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseUrlTest {

    @Test
    void aPlainFileUrlGetsEverySettingTheSchemaNeeds() {
        assertThat(EmbeddedDatabaseUrl.complete("jdbc:h2:file:/some/dir/db"))
                .startsWith("jdbc:h2:file:/some/dir/db;")
                .contains(";MODE=PostgreSQL", ";DATABASE_TO_LOWER=TRUE", ";DEFAULT_NULL_ORDERING=HIGH",
                        ";NON_KEYWORDS=YEAR,VALUE");
    }

    @Test
    void theDataOfficersOwnSettingsAreKeptAndTheSchemasOverruleTheirs() {
        String url = EmbeddedDatabaseUrl.complete("jdbc:h2:file:./db;mode=MySQL;CACHE_SIZE=65536;NON_KEYWORDS=KEY");

        assertThat(url).contains(";MODE=PostgreSQL", ";CACHE_SIZE=65536", ";NON_KEYWORDS=KEY,YEAR,VALUE")
                .doesNotContain("MySQL");
    }

    @Test
    void theShippedSettingsStayAsTheyAre() {
        String shipped = "jdbc:h2:file:./data/boligmonitor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE";

        assertThat(EmbeddedDatabaseUrl.complete(shipped)).isEqualTo(shipped);
    }
}
