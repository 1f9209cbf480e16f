package org.archipelago;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_designed_modules_exist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("identity", "audit", "notification", "shared");
    }
}
