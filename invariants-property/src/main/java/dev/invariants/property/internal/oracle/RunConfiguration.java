package dev.invariants.property.internal.oracle;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.property.internal.config.PropertySettings;

/** The configuration of the run generated tests are part of, as the runtime sees it (through its SPI). */
public final class RunConfiguration {

    private RunConfiguration() {
    }

    public static PropertySettings settings() {
        InvariantsRuntime runtime = InvariantsRuntime.current();
        return PropertySettings.from(runtime::configuration, runtime::warn);
    }
}
