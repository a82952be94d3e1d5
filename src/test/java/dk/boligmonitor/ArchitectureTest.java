package dk.boligmonitor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The floors of the house (see ARCHITECTURE.md): every import points down. A cycle, or a stage that reaches up
 * or sideways, fails the build with the classes that do it.
 */
@AnalyzeClasses(packages = "dk.boligmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] GROUND = {"Format", "Rules", "Config", "Progress", "Batch", "Registry"};

    @ArchTest
    static final ArchRule noCycleAmongPackages = slices().matching("dk.boligmonitor.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyImportPointsDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            // the ground floor: imports nothing of ours but what is listed below it
            .layer("Format").definedBy("dk.boligmonitor.format..")
            .layer("Rules").definedBy("dk.boligmonitor.rules..")
            .layer("Config").definedBy("dk.boligmonitor.config..")
            .layer("Progress").definedBy("dk.boligmonitor.progress..")
            .layer("Batch").definedBy("dk.boligmonitor.batch..")
            .layer("Registry").definedBy("dk.boligmonitor.registry..")
            // the stages, which hand each other data through the database only
            .layer("Ingest").definedBy("dk.boligmonitor.ingest..")
            .layer("Warehouse").definedBy("dk.boligmonitor.warehouse..")
            .layer("Targets").definedBy("dk.boligmonitor.targets..")
            .layer("Report").definedBy("dk.boligmonitor.report..")
            // the run's machinery, the Spring application, the benchmark, delivery by mail, the web console and the
            // command line on top
            .layer("Pipeline").definedBy("dk.boligmonitor.pipeline..")
            .layer("Application").definedBy("dk.boligmonitor")
            .layer("Bench").definedBy("dk.boligmonitor.bench..")
            .layer("Delivery").definedBy("dk.boligmonitor.delivery..")
            .layer("Console").definedBy("dk.boligmonitor.console..")
            .layer("Cli").definedBy("dk.boligmonitor.cli..")

            .whereLayer("Format").mayNotAccessAnyLayer()
            .whereLayer("Rules").mayOnlyAccessLayers("Format")
            .whereLayer("Config").mayOnlyAccessLayers("Rules", "Format")
            .whereLayer("Progress").mayOnlyAccessLayers("Format")
            .whereLayer("Batch").mayOnlyAccessLayers("Format")
            .whereLayer("Registry").mayOnlyAccessLayers("Config", "Rules", "Format", "Batch")
            .whereLayer("Ingest").mayOnlyAccessLayers(GROUND)
            .whereLayer("Warehouse").mayOnlyAccessLayers(GROUND)
            .whereLayer("Targets").mayOnlyAccessLayers(GROUND)
            .whereLayer("Report").mayOnlyAccessLayers(with(GROUND, "Targets"))
            .whereLayer("Pipeline").mayOnlyAccessLayers(with(GROUND, "Ingest", "Warehouse", "Targets", "Report"))
            .whereLayer("Application").mayOnlyAccessLayers("Config", "Format")
            .whereLayer("Bench").mayOnlyAccessLayers(with(GROUND, "Ingest", "Warehouse", "Targets", "Report",
                    "Pipeline", "Application"))
            .whereLayer("Delivery").mayOnlyAccessLayers(with(GROUND, "Ingest", "Warehouse", "Targets", "Report",
                    "Pipeline", "Application"))
            .whereLayer("Console").mayOnlyAccessLayers(with(GROUND, "Ingest", "Warehouse", "Targets", "Report",
                    "Pipeline", "Application", "Delivery"))
            .whereLayer("Cli").mayOnlyAccessLayers(with(GROUND, "Ingest", "Warehouse", "Targets", "Report",
                    "Pipeline", "Application", "Bench", "Delivery", "Console"));

    /** Reading files and staging rows are units of their own below ingest's mapping and job. */
    @ArchTest
    static final ArchRule readingKnowsNothingOfMappingOrStaging = noClasses()
            .that().resideInAPackage("dk.boligmonitor.ingest.read..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.boligmonitor.ingest", "dk.boligmonitor.ingest.stage..");

    @ArchTest
    static final ArchRule stagingKnowsNothingOfMappingOrReading = noClasses()
            .that().resideInAPackage("dk.boligmonitor.ingest.stage..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.boligmonitor.ingest", "dk.boligmonitor.ingest.read..");

    private static String[] with(String[] layers, String... more) {
        String[] all = java.util.Arrays.copyOf(layers, layers.length + more.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }
}
