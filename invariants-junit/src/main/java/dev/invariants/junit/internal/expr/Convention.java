package dev.invariants.junit.internal.expr;

import java.util.List;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The calling convention of the generated checks: the runtime's entry points ({@code runtime.CheckSupport}),
 * by name and descriptor, so that this package names the runtime only in strings and imports none of
 * it. The per-thread state is an {@code Object} in every descriptor. A test holds this list against
 * the class itself.
 */
final class Convention {

    static final String SUPPORT = "dev/invariants/junit/internal/runtime/CheckSupport";
    static final String VIOLATION = "dev/invariants/junit/InvariantViolationError";

    private static final String O = "Ljava/lang/Object;";
    private static final String S = "Ljava/lang/String;";
    private static final String T = "Ljava/lang/Throwable;";
    private static final String V = "L" + VIOLATION + ";";
    private static final String VALUES = "[Ljava/lang/Object;";

    /** One static method of {@code CheckSupport}. */
    record Call(String name, String descriptor) {
        void emit(MethodVisitor method) {
            method.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, name, descriptor, false);
        }
    }

    static final Call SUSPEND = new Call("suspend", "()" + O);
    static final Call SUSPEND_EXIT = new Call("suspendExit", "()" + O);
    static final Call RESUME = new Call("resume", "(" + O + ")V");
    static final Call TRACK = new Call("track", "(" + O + O + ")Z");
    static final Call PUSH_LONG = new Call("pushLong", "(" + O + "J)V");
    static final Call PUSH_FLOAT = new Call("pushFloat", "(" + O + "F)V");
    static final Call PUSH_DOUBLE = new Call("pushDouble", "(" + O + "D)V");
    static final Call PUSH_OBJECT = new Call("pushObject", "(" + O + O + ")V");
    static final Call POP_LONG = new Call("popLong", "(" + O + ")J");
    static final Call POP_FLOAT = new Call("popFloat", "(" + O + ")F");
    static final Call POP_DOUBLE = new Call("popDouble", "(" + O + ")D");
    static final Call POP_OBJECT = new Call("popObject", "(" + O + ")" + O);
    static final Call DROP = new Call("drop", "(" + O + "II)V");

    static final Call PRE_FAILED = new Call("preFailed", "(I)V");
    static final Call PASSED = new Call("passed", "(I)V");
    static final Call VIOLATED = new Call("violated", "(I)V");
    static final Call THREW_THROUGH = new Call("threwThrough", "(I)V");
    static final Call THREW = new Call("threw", "(I" + S + T + VALUES + ")V");
    static final Call DEFINITION_ERROR = new Call("definitionError", "(I)V");
    static final Call ENFORCE = new Call("enforce", "()Z");
    static final Call OURS = new Call("ours", "(" + T + ")Z");
    static final Call IS_INSTANCE = new Call("isInstance", "(" + T + S + ")Z");

    static final Call PRE_VIOLATED = new Call("preViolated", "(I" + VALUES + ")" + V);
    static final Call POST_VIOLATED = new Call("postViolated", "(I" + VALUES + ")" + V);
    static final Call RETURNED_NORMALLY = new Call("returnedNormally", "(I" + VALUES + ")" + V);
    static final Call RAISED_OTHER = new Call("raisedOther", "(I" + T + VALUES + ")" + V);
    static final Call TYPE_VIOLATED = new Call("typeViolated", "(I" + S + T + VALUES + ")" + V);

    static final Call TYPE_EXIT = new Call("typeExit", "(" + O + O + V + S + T + ")" + V);
    static final Call TYPE_CONSTRUCTED = new Call("typeConstructed", "(" + O + O + "Ljava/lang/Class;Z" + V + S + ")" + V);
    static final Call TYPE_ABANDON = new Call("typeAbandon", "(" + O + O + ")V");

    static final Call BOUNDARY = new Call("boundary", "(IIDD)V");
    static final Call NUMBER = new Call("number", "(" + O + ")D");

    /** The member access bootstrap ({@code emit.MemberCode} writes its {@code invokedynamic}s; listed here to be held against the class). */
    static final Call ACCESS = new Call("access", "(Ljava/lang/invoke/MethodHandles$Lookup;" + S
            + "Ljava/lang/invoke/MethodType;" + S + S + ")Ljava/lang/invoke/CallSite;");

    /** The lambda bootstrap ({@code emit.Constants} writes its {@code invokedynamic}s; listed here to be held against the class). */
    static final Call METAFACTORY = new Call("metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;" + S
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;");

    /** Every entry point above. */
    static final List<Call> ALL = List.of(ACCESS, METAFACTORY, SUSPEND, SUSPEND_EXIT, RESUME, TRACK, PUSH_LONG, PUSH_FLOAT, PUSH_DOUBLE,
            PUSH_OBJECT, POP_LONG, POP_FLOAT, POP_DOUBLE, POP_OBJECT, DROP, PRE_FAILED, PASSED, VIOLATED, THREW_THROUGH,
            THREW, DEFINITION_ERROR, ENFORCE, OURS, IS_INSTANCE, PRE_VIOLATED, POST_VIOLATED, RETURNED_NORMALLY,
            RAISED_OTHER, TYPE_VIOLATED, TYPE_EXIT, TYPE_CONSTRUCTED, TYPE_ABANDON, BOUNDARY, NUMBER,
            PartitionWriter.COMBINING, PartitionWriter.PART_BOOLEAN, PartitionWriter.PART_LONG, PartitionWriter.PART_DOUBLE,
            PartitionWriter.PART, PartitionWriter.COMBINATION);

    /** Bit of the per-call state: {@code old(...)} values were kept. */
    static final long OLD_BIT = 1L << 61;
    /** Bit of the per-call state: the outermost public call on {@code this}, which checks the type invariants. */
    static final long TYPE_BIT = 1L << 62;
    /** Invariants per member: bits 0 to 60. */
    static final int MAX_INVARIANTS = 61;

    private Convention() {}
}
