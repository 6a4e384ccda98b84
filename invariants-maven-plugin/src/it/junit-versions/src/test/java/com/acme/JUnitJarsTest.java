package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

// The JUnit jars this test JVM runs on are the ones the project pinned: none came along with invariants.
class JUnitJarsTest {

    @Test
    void allJUnitJarsAtThePinnedVersion() throws Exception {
        String jupiter = System.getProperty("pinned.junit.version");
        String platform = jupiter.startsWith("5.") ? "1." + jupiter.substring(2) : jupiter;
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (String type : new String[] {"org.junit.jupiter.api.Test", "org.junit.jupiter.engine.JupiterTestEngine"}) {
            expected.put(type, jupiter);
            actual.put(type, version(type));
        }
        for (String type : new String[] {"org.junit.platform.commons.JUnitException", "org.junit.platform.engine.TestEngine",
                "org.junit.platform.launcher.Launcher"}) {
            expected.put(type, platform);
            actual.put(type, version(type));
        }
        assertEquals(expected, actual);
    }

    private static String version(String type) throws ClassNotFoundException {
        return Class.forName(type).getPackage().getImplementationVersion();
    }
}
