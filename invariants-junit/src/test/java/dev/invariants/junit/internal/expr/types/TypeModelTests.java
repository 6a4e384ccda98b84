package dev.invariants.junit.internal.expr.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TypeModelTests {

    private final TypeModel model = TypeModel.of(TypeModelTests.class.getClassLoader());

    private ClassType type(String internalName, JavaType... arguments) {
        return new ClassType(model.symbol(internalName), List.of(arguments));
    }

    @Nested
    @DisplayName("reading class files")
    class Reading {

        @Test
        @DisplayName("should read the type parameters and generic supertypes of a JDK class")
        void jdkGenerics() {
            ClassSymbol arrayList = model.symbol("java/util/ArrayList");
            assertThat(arrayList.exists()).isTrue();
            assertThat(arrayList.typeParameters()).extracting(TypeVar::name).containsExactly("E");
            assertThat(arrayList.superclass().toString()).isEqualTo("java.util.AbstractList<E>");
            assertThat(arrayList.interfaces()).extracting(Object::toString).contains("java.util.List<E>",
                    "java.util.RandomAccess");
        }

        @Test
        @DisplayName("should share one symbol per JDK class between class loaders")
        void sharedJdk() {
            TypeModel other = TypeModel.of(new ClassLoader(TypeModelTests.class.getClassLoader()) {});
            assertThat(other).isNotSameAs(model);
            assertThat(other.symbol("java/lang/String")).isSameAs(model.symbol("java/lang/String"));
            assertThat(other.symbol("dev/invariants/junit/internal/expr/types/TypeModelTests"))
                    .isNotSameAs(model.symbol("dev/invariants/junit/internal/expr/types/TypeModelTests"));
        }

        @Test
        @DisplayName("should report a class without class file as missing")
        void missing() {
            assertThat(model.symbol("com/acme/Nosuch").exists()).isFalse();
            assertThat(model.find("com/acme/Nosuch")).isNull();
        }

        @Test
        @DisplayName("should read method type parameters with bounds that refer to themselves")
        void selfBound() {
            MethodSymbol max = model.symbol("java/util/Collections").methods("max").stream()
                    .filter(m -> m.parameterTypes().size() == 1).findFirst().orElseThrow();
            TypeVar t = max.typeParameters().get(0);
            assertThat(t.name()).isEqualTo("T");
            assertThat(t.bounds()).extracting(Object::toString)
                    .containsExactly("java.lang.Object", "java.lang.Comparable<? super T>");
            assertThat(((ClassType) t.bounds().get(1)).arguments().get(0)).isInstanceOf(Wildcard.class);
            assertThat(((Wildcard) ((ClassType) t.bounds().get(1)).arguments().get(0)).bound()).isSameAs(t);
            assertThat(max.parameterTypes().get(0).toString()).isEqualTo("java.util.Collection<? extends T>");
            assertThat(Types.descriptor(max.returnType())).isEqualTo("Ljava/lang/Object;");
        }

        @Test
        @DisplayName("should name nested classes as source code does")
        void nested() {
            assertThat(model.symbol("java/util/Map$Entry").displayName()).isEqualTo("java.util.Map.Entry");
            assertThat(Members.memberType(model.symbol("java/util/HashMap"), "Entry"))
                    .isSameAs(model.symbol("java/util/Map$Entry"));
        }
    }

    @Nested
    @DisplayName("operations")
    class Operations {

        @Test
        @DisplayName("should see ArrayList<String> as Iterable<String>")
        void asSuper() {
            ClassType list = type("java/util/ArrayList", Types.string());
            assertThat(Types.asSuper(list, model.symbol("java/lang/Iterable")))
                    .isEqualTo(type("java/lang/Iterable", Types.string()));
            assertThat(Types.asSuper(list, model.symbol("java/util/Map"))).isNull();
        }

        @Test
        @DisplayName("should decide subtyping with type arguments and wildcards")
        void subtyping() {
            ClassType listOfString = type("java/util/List", Types.string());
            ClassType listOfObject = type("java/util/List", Types.object());
            ClassType extendsObject = type("java/util/Collection", new Wildcard(Types.object(), false));
            ClassType superString = type("java/util/Collection", new Wildcard(Types.string(), true));
            assertThat(Types.isSubtype(type("java/util/ArrayList", Types.string()), listOfString)).isTrue();
            assertThat(Types.isSubtype(listOfString, listOfObject)).isFalse();
            assertThat(Types.isSubtype(listOfString, extendsObject)).isTrue();
            assertThat(Types.isSubtype(listOfObject, superString)).isTrue();
            assertThat(Types.isSubtype(type("java/util/List", Types.jdkType("java/lang/Integer")), superString))
                    .isFalse();
            assertThat(Types.isSubtype(type("java/util/ArrayList"), listOfString)).isTrue();
            assertThat(Types.isSubtype(PrimitiveType.INT, PrimitiveType.LONG)).isTrue();
            assertThat(Types.isSubtype(PrimitiveType.CHAR, PrimitiveType.SHORT)).isFalse();
            assertThat(Types.isSubtype(new ArrayType(Types.string()), new ArrayType(Types.object()))).isTrue();
            assertThat(Types.isSubtype(new ArrayType(PrimitiveType.INT), new ArrayType(PrimitiveType.LONG)))
                    .isFalse();
            assertThat(Types.isSubtype(NullType.INSTANCE, listOfString)).isTrue();
        }

        @Test
        @DisplayName("should erase type variables to their first bound")
        void erasure() {
            MethodSymbol max = model.symbol("java/util/Collections").methods("max").get(0);
            assertThat(Types.asm(max.typeParameters().get(0)).getDescriptor()).isEqualTo("Ljava/lang/Object;");
            assertThat(Types.asm(new ArrayType(type("java/util/List", Types.string()))).getDescriptor())
                    .isEqualTo("[Ljava/util/List;");
        }

        @Test
        @DisplayName("should box and unbox")
        void boxing() {
            assertThat(Types.boxed(PrimitiveType.INT).internalName()).isEqualTo("java/lang/Integer");
            assertThat(Types.unboxed(Types.jdkType("java/lang/Character"))).isEqualTo(PrimitiveType.CHAR);
            assertThat(Types.unboxed(Types.string())).isNull();
        }

        @Test
        @DisplayName("should substitute a member's signature: List<String>.get returns String")
        void members() {
            ClassType list = type("java/util/ArrayList", Types.string());
            MethodMember get = Members.methods(list, "get").get(0);
            assertThat(get.returnType()).isEqualTo(Types.string());
            assertThat(Members.methods(list, "size")).hasSize(1);
            assertThat(Members.methods(list, "nosuch")).isEmpty();
            ClassType map = type("java/util/Map", Types.string(), Types.jdkType("java/lang/Integer"));
            MethodMember getOrDefault = Members.methods(map, "getOrDefault").get(0);
            assertThat(getOrDefault.parameterTypes()).containsExactly(Types.object(), Types.jdkType("java/lang/Integer"));
        }

        @Test
        @DisplayName("should find the function type of functional interfaces and reject the others")
        void functional() {
            FunctionType predicate = Functional.of(type("java/util/function/Predicate", Types.string()));
            assertThat(predicate.method().name()).isEqualTo("test");
            assertThat(predicate.parameterTypes()).containsExactly(Types.string());
            assertThat(predicate.returnType()).isEqualTo(PrimitiveType.BOOLEAN);
            assertThat(predicate.erasedDescriptor()).isEqualTo("(Ljava/lang/Object;)Z");
            FunctionType comparator = Functional.of(type("java/util/Comparator", Types.string()));
            assertThat(comparator.method().name()).isEqualTo("compare");
            FunctionType unary = Functional.of(type("java/util/function/UnaryOperator", Types.string()));
            assertThat(unary.method().name()).isEqualTo("apply");
            assertThat(unary.returnType()).isEqualTo(Types.string());
            FunctionType function = Functional.of(type("java/util/function/Function",
                    new Wildcard(Types.string(), true), new Wildcard(Types.jdkType("java/lang/Long"), false)));
            assertThat(function.parameterTypes()).containsExactly(Types.string());
            assertThat(function.returnType()).isEqualTo(Types.jdkType("java/lang/Long"));
            assertThat(Functional.of(type("java/util/List", Types.string()))).isNull();
            assertThat(Functional.of(Types.string())).isNull();
        }
    }
}
