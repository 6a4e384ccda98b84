package com.acme.app;

import dev.invariants.junit.internal.ledger.InvariantRegistry;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.ClassFileReader;
import dev.invariants.junit.internal.model.InvariantDefinition;
import java.io.InputStream;

/** Records an evaluation through the real recorder, as woven code does, until the runtime weaves Fees. */
final class Evaluations {

    static void passed(Class<?> owner, String id) throws Exception {
        try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
            for (InvariantDefinition definition : ClassFileReader.read(in.readAllBytes()).invariants()) {
                if (definition.id().equals(id)) {
                    Recorder.record(InvariantRegistry.register(definition), Recorder.PASSED);
                    return;
                }
            }
        }
        throw new IllegalArgumentException(id);
    }
}
