package vn.khuyenhoc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules talk only through their public APIs, with the dependencies each package-info allows. */
class ModularityTests {

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        ApplicationModules.of(KhuyenHocApplication.class).verify();
    }
}
