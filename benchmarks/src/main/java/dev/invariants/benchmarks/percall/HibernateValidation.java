package dev.invariants.benchmarks.percall;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.Set;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hibernate Validator's method validation, called the way a method-validation interceptor (Spring's,
 * CDI's) calls it around the method, minus the proxy itself: parameters, the call, the return value.
 */
@State(Scope.Benchmark)
public class HibernateValidation {

    private ValidatorFactory factory;
    private ExecutableValidator validator;
    private Method addFee;
    private final ValidatedFees fees = new ValidatedFees();

    @Setup(Level.Trial)
    public void bootstrap() throws NoSuchMethodException {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator().forExecutables();
        addFee = ValidatedFees.class.getMethod("addFee", long.class);
        if (validator.validateParameters(fees, addFee, new Object[] {-1L}).isEmpty()) {
            throw new IllegalStateException("Hibernate Validator did not check the parameter: the benchmark would measure nothing");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        factory.close();
    }

    long addFee(long amount) {
        Set<ConstraintViolation<ValidatedFees>> violations = validator.validateParameters(fees, addFee, new Object[] {amount});
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        long result = fees.addFee(amount);
        violations = validator.validateReturnValue(fees, addFee, result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
