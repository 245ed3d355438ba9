package io.quizhall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "io.quizhall", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should()
            .beAnnotatedWith(Autowired.class)
            .because("dependencies are constructor parameters, so they are explicit and final");

    @ArchTest
    static final ArchRule controllersAreNotTransactional = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .should()
            .beAnnotatedWith(Transactional.class)
            .because("transactions belong to service methods");

    @ArchTest
    static final ArchRule controllerClassesAreNotTransactional =
            noClasses().that().areAnnotatedWith(RestController.class).should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule webPayloadsAreRecords = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .should(useRecordsForPayloads());

    @ArchTest
    static final ArchRule applicationCodeUsesJackson3 = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fasterxml.jackson.databind..")
            .because("Jackson 2 only comes along for springdoc; our code uses tools.jackson");

    @ArchTest
    static final ArchRule entitiesStayOffTheWire = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("controllers speak in records, never in entities");

    private static ArchCondition<JavaMethod> useRecordsForPayloads() {
        return new ArchCondition<>("take and return records (or problem details, strings, byte arrays)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getParameters().stream()
                        .filter(parameter -> parameter.isAnnotatedWith(RequestBody.class))
                        .forEach(parameter -> {
                            if (!isPayload(parameter.getRawType())) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " takes a request body that is not a record"));
                            }
                        });
                JavaClass returned = method.getRawReturnType();
                if (!isPayload(returned)) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " returns " + returned.getName() + ", not a record"));
                }
            }
        };
    }

    private static boolean isPayload(JavaClass type) {
        return type.isRecord()
                || type.isPrimitive()
                || type.isEquivalentTo(void.class)
                || type.isEquivalentTo(String.class)
                || type.isEquivalentTo(byte[].class)
                || type.isEquivalentTo(ProblemDetail.class)
                || type.isAssignableTo(ResponseEntity.class)
                || type.isAssignableTo(java.util.Collection.class)
                || type.isAssignableTo(org.springframework.data.domain.Page.class)
                || type.isAssignableTo(org.springframework.core.io.Resource.class);
    }
}
