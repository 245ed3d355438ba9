package io.quizhall;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresOnlyUseEachOthersPublicSurface() {
        ApplicationModules.of(QuizhallApplication.class).verify();
    }
}
