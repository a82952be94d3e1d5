package dk.boligmonitor.cli;

/** The usage text, in the words a data officer uses. */
final class Help {

    static final String TEXT = """
            boligmonitor – indikatorer, baselines og succeskriterier for boligsociale helhedsplaner

            Brug:
              java -jar boligmonitor.jar run [--data DIR] [--config DIR] [--out DIR] [--spring.datasource.url=...]
              java -jar boligmonitor.jar help

            Kommandoer:
              run     indlæs nye filer, opbyg datavarehuset, vurdér succeskriterier og skriv PDF-rapporter:
                      én pr. boligområde og én bestyrelsespakke pr. program
              help    vis denne tekst

            Valg:
              --data DIR     mappen med kildefiler (standard: sample-data)
              --config DIR   mappen med programmer, indikatorer og mappings (standard: jobs)
              --out DIR      hvor rapporterne skrives (standard: out)
              --help         vis hjælp

            Databasen vælges med Spring Boots egenskaber, fx
              --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/boligmonitor --spring.datasource.username=postgres
            eller SPRING_DATASOURCE_URL. Uden dem bruges en H2-fil under ./data.

            Afslutningskoder:
              0  alt gik godt
              1  en eller flere filer blev afvist (se oversigten)
              2  fejl i konfigurationen eller kommandolinjen
              3  intern fejl
            """;

    private Help() {
    }
}
