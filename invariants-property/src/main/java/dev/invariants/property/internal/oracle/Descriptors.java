package dev.invariants.property.internal.oracle;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.Member;
import dev.invariants.property.spi.InvariantDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Descriptors read by the runtime's own class-file reader, so ids, lines and parameter names are
 * exactly what the runtime and the report use (no {@code -parameters} needed: the reader falls back
 * to the local variable table javac writes by default).
 */
final class Descriptors {

    private final Map<Class<?>, List<InvariantDescriptor>> byClass = new ConcurrentHashMap<>();
    private final Map<InvariantDescriptor, InvariantDefinition> definitions = new ConcurrentHashMap<>();

    List<InvariantDescriptor> of(Class<?> type) {
        return byClass.computeIfAbsent(type, this::read);
    }

    InvariantDefinition definition(InvariantDescriptor descriptor) {
        of(descriptor.owner());
        return definitions.get(descriptor);
    }

    private List<InvariantDescriptor> read(Class<?> type) {
        byte[] bytes = bytes(type);
        if (bytes == null) {
            return List.of();
        }
        List<InvariantDescriptor> result = new ArrayList<>();
        for (InvariantDefinition definition : InvariantsRuntime.current().definitions(bytes)) {
            Executable member = definition.member() == null ? null : executable(type, definition.member());
            if (definition.member() != null && member == null) {
                continue;
            }
            InvariantDescriptor descriptor = new InvariantDescriptor(definition.id(), type, member, definition.pre(),
                    definition.post(), raises(type, definition.raises()), definition.source(),
                    names(member, definition.member()));
            definitions.put(descriptor, definition);
            result.add(descriptor);
        }
        return List.copyOf(result);
    }

    private static byte[] bytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
        }
    }

    private static Executable executable(Class<?> type, Member member) {
        List<Executable> candidates = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        candidates.addAll(Arrays.asList(type.getDeclaredMethods()));
        for (Executable candidate : candidates) {
            String name = candidate instanceof java.lang.reflect.Constructor<?> ? "<init>" : candidate.getName();
            List<String> parameters = Arrays.stream(candidate.getParameterTypes()).map(Class::getTypeName).toList();
            if (name.equals(member.name()) && parameters.equals(member.parameterTypes()) && !candidate.isSynthetic()) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> names(Executable executable, Member member) {
        if (member == null) {
            return List.of();
        }
        if (member.parameterNames() != null) {
            return member.parameterNames();
        }
        return Arrays.stream(executable.getParameters()).map(Parameter::getName).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>> raises(Class<?> type, List<String> names) {
        List<Class<? extends Throwable>> result = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> raised = Class.forName(name, false, type.getClassLoader());
                if (Throwable.class.isAssignableFrom(raised)) {
                    result.add((Class<? extends Throwable>) raised);
                }
            } catch (ClassNotFoundException | LinkageError unknown) {
                // the runtime reports it as a definition error of the invariant
            }
        }
        return result;
    }
}
