package dk.boligmonitor.cli;

/** The usage text, in the words a data officer uses. */
final class Help {

    static final String TEXT = """
            boligmonitor – indikatorer, baselines og succeskriterier for boligsociale helhedsplaner

            Brug:
              java -jar boligmonitor.jar run     [--data DIR] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar ingest  [--data DIR] [--config DIR]
              java -jar boligmonitor.jar rerun   --source NAVN --year ÅR [--config DIR] [--out DIR]
              java -jar boligmonitor.jar rejects [--file NAVN] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar status  [--config DIR]
              java -jar boligmonitor.jar preview --file FIL [--rows N] [--config DIR]
              java -jar boligmonitor.jar schedule [--config DIR]
              java -jar boligmonitor.jar bench   [--scale programme|national] [--config DIR] [--out DIR]
              java -jar boligmonitor.jar help

            Kommandoer:
              run      indlæs nye filer, opbyg datavarehuset, vurdér succeskriterier og skriv PDF-rapporter:
                       én pr. boligområde og én bestyrelsespakke pr. program
              ingest   indlæs kun de nye filer og vis hvor mange filer og rækker der blev indlæst og afvist
              rerun    indlæs én kildes filer igen for ét år (de indlæste filer med tal for året, læst fra
                       hvor de lå, da de blev registreret); datavarehuset genopbygges for filernes år, og kun
                       programmer med ændrede tal (eller manglende PDF'er) får nye rapporter. Kilden er et
                       navn fra jobs/sources, fx dst-afgoerelser
              rejects  vis de afviste rækker (fil, ark, række, kolonne, værdi, årsag), nyeste indlæsning først
                       (de første 50 på skærmen) og skriv dem alle til DIR/afviste-raekker.csv, som dansk
                       Excel åbner direkte
              status   vis alle kendte filer med status, rækketal og begrundelse for afviste filer, og de
                       seneste 10 jobkørsler. LOADED: indlæst, REFUSED: afvist, REPLACED: erstattet af en nyere
                       udgave af filen, PENDING/LOADING: venter på eller er under indlæsning
              preview  vis, uden at røre databasen, hvad en indlæsning ville gøre med én fil: hvilken mapping
                       der tager den (eller de nærmeste og hvad de mangler), tegnsæt, skilletegn, ark,
                       overskriftsrække og decimaltegn, hvad hver kolonne bruges til, de første N rækker som de
                       ville blive gemt (standard 10), afviste rækker efter årsag med første eksempel, rækker
                       sprunget over, og om filen ville blive indlæst (kode 0) eller afvist (kode 1)
              schedule kør som en vedvarende proces efter tidsplanen i jobs/schedule.yml (cron-udtryk),
                       fx natlig indlæsning og bestyrelsespakken på faste datoer. Se jobs/examples for
                       crontab og systemd, hvis du hellere vil planlægge der
              bench    mål hastigheden: skriv syntetiske data (fast frø, samme filer hver gang) under
                       DIR/bench-SKALA/, kør hele kæden på dem og vis rækker, sekunder, rækker/s og maks.
                       heap pr. trin og pr. fil. programme: 1 program, 4 områder, 30.000 fraflytninger;
                       national: 98 kommuner, 1.000 områder, 3 mio. fraflytninger. Bruger sin egen H2-fil
                       under DIR/bench-SKALA/db, medmindre en database angives; en angivet database skal
                       være tom. På PostgreSQL måles også en ren COPY af samme fraflytnings-CSV som loft
              help     vis denne tekst

            Valg:
              --data DIR     mappen med kildefiler (standard: sample-data)
              --config DIR   mappen med programmer, indikatorer og mappings (standard: jobs); bench
                             kopierer indikatorer, kriteriesæt og mappings herfra
              --out DIR      hvor rapporter og afviste-raekker.csv skrives (standard: out)
              --source NAVN  kilden der indlæses igen (navnet under source: i jobs/sources/*.yml)
              --year ÅR      året hvis tal indlæses igen
              --file NAVN    rejects: vis kun filer hvis navn indeholder NAVN; preview: filen der vises
              --rows N       preview: hvor mange af de første rækker der vises (standard 10)
              --scale SKALA  bench: programme (standard) eller national
              --help         vis hjælp

            Alle kommandoer læser konfigurationen i --config først, også rejects og status, der kun læser
            databasen: en fejl i konfigurationen stopper dem med kode 2, før databasen røres.

            Databasen vælges for alle kommandoer med Spring Boots egenskaber, fx
              --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/boligmonitor --spring.datasource.username=postgres
            eller SPRING_DATASOURCE_URL. Uden dem bruges en H2-fil under ./data.

            Afslutningskoder:
              0  alt gik godt
              1  en eller flere filer blev afvist (se oversigten) eller ville blive det (preview, der
                 også giver 1, når ingen mapping tager filen), rerun fandt ingen filer at indlæse
                 igen eller en af dem er flyttet eller ændret siden, eller en anden kørsel er i gang
                 på samme database
              2  fejl i konfigurationen eller kommandolinjen
              3  intern fejl
            """;

    private Help() {
    }
}
