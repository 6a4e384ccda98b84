package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

// The control (-DloadCompiler=true): loading the JDK's compiler, as our run time once did, is what floods the log.
@EnabledIfSystemProperty(named = "loadCompiler", matches = "true")
class LoadsCompilerTest {

    @Test
    void loadsTheCompiler() {
        assertTrue(ToolProvider.getSystemJavaCompiler().getSourceVersions().size() > 0);
    }
}
