package id.jembatan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md "Modules": adapters are plain Java, routes leave HTTP and JDBC to
 * the adapters and the bridge.
 */
class ArchitectureTest {

    private static final String[] ADAPTERS = {"id.jembatan.moodle..", "id.jembatan.lrs..", "id.jembatan.hr.."};
    private static final String[] ROUTES = {"id.jembatan.flow..", "id.jembatan.support.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // and not camel-routes' test stand-ins, which come to this module as a test jar, not test-classes
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("id.jembatan");
    }

    @Test
    void adaptersDependOnNeitherCamelNorSpring() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .because("adapters are plain Java libraries; the bridge wires them")
                .check(classes);
    }

    @Test
    void routesDoNotSpeakHttpThemselves() {
        noClasses().that().resideInAnyPackage(ROUTES)
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .because("HTTP details belong to the adapters' clients")
                .check(classes);
    }

    @Test
    void routesDoNotUseJdbcDirectly() {
        noClasses().that().resideInAnyPackage(ROUTES)
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("databases are reached through the adapters and the state store's interfaces")
                .check(classes);
    }
}
