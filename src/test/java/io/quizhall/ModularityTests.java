package io.quizhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features' boundaries (each module's {@code allowedDependencies} in its package-info, no cycles, no use of
 * another module's internals), and the module documentation in docs/modules/, written from the code by every build.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(QuizhallApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicSurface() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        assertThat(Files.exists(Path.of("docs/modules/components.puml"))).isTrue();
        assertThat(Files.exists(Path.of("docs/modules/module-game.adoc"))).isTrue();
    }
}
