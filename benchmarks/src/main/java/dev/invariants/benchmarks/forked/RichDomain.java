package dev.invariants.benchmarks.forked;

/**
 * The domain sources of {@link RichSuiteGenerator}: the invariants of ordinary Java that the
 * text-rewriting compiler could not handle (issue #14): lambdas and method references over generic
 * fields, {@code old(...)} of sums and of map look-ups, boxed {@code Integer}s from a
 * {@code Map<String, Integer>}, a private helper, another instance's private field, and contracts
 * declared on an interface and checked on its implementations.
 *
 * <p>Every expression is meant exactly as javac reads it: {@code Integer == int} compares numbers (one
 * side is always a primitive here, never two boxes), {@code cents * quantity} is a {@code long}.
 * {@link ExpressionCheck} compiles each of them with javac in its class's context.
 */
final class RichDomain {

    /** Invariants per kind of class: {@link #invoice}, {@link #tally}, {@link #gauge}; {@link #meter}'s per package. */
    static final int INVOICE_INVARIANTS = 6;
    static final int TALLY_INVARIANTS = 6;
    static final int GAUGE_INVARIANTS = 4;
    static final int METER_INVARIANTS = 3;

    private RichDomain() {}

    /** An order line: what the invoices' {@code List<Line>} holds. No invariants. */
    static String line(String pkg) {
        return """
                package %1$s;

                public record Line(String sku, long cents, int quantity) {

                    public long amount() {
                        return cents * quantity;
                    }
                }
                """.formatted(pkg);
    }

    /** The package's interface: its contracts apply to every implementation (the gauges). */
    static String meter(String pkg) {
        return """
                package %1$s;

                import dev.invariants.Invariant;
                import java.util.List;

                public interface Meter {

                    @Invariant(id = "%1$s.Meter-sample-adds", pre = "units > 0", post = "reading() == old(reading()) + units && result == reading()")
                    long sample(long units);

                    @Invariant(id = "%1$s.Meter-reading-non-negative", post = "result >= 0")
                    long reading();

                    @Invariant(id = "%1$s.Meter-samples-sum", post = "result.stream().allMatch(s -> s > 0) && result.stream().mapToLong(Long::longValue).sum() == reading()")
                    List<Long> samples();
                }
                """.formatted(pkg);
    }

    static String invoice(String pkg, String name) {
        return """
                package %1$s;

                import dev.invariants.Invariant;
                import java.util.ArrayList;
                import java.util.List;

                @Invariant(id = "%2$s-lines-valid", post = "lines.stream().allMatch(l -> l.cents() > 0 && l.quantity() > 0) && discount >= 0 && discount <= subtotal()")
                public class %2$s {

                    private final List<Line> lines = new ArrayList<>();
                    private long discount;

                    @Invariant(id = "%2$s-add-sums", pre = "sku != null && cents > 0 && quantity > 0", post = "lines.stream().mapToLong(Line::amount).sum() == old(lines.stream().mapToLong(Line::amount).sum()) + cents * quantity && lines.get(lines.size() - 1).sku().equals(sku)")
                    @Invariant(id = "%2$s-add-rejects", pre = "cents <= 0 || quantity <= 0", raises = IllegalArgumentException.class)
                    public void add(String sku, long cents, int quantity) {
                        if (cents <= 0 || quantity <= 0) {
                            throw new IllegalArgumentException("not a line: " + cents + " x " + quantity);
                        }
                        lines.add(new Line(sku, cents, quantity));
                    }

                    @Invariant(id = "%2$s-total-is-sum", post = "result == lines.stream().mapToLong(l -> l.cents() * l.quantity()).sum() - discount && result >= 0")
                    public long total() {
                        return subtotal() - discount;
                    }

                    @Invariant(id = "%2$s-discount-keeps-sum", pre = "cents > 0 && cents <= total()", post = "total() + discount == old(total() + discount) && discount == old(discount) + cents")
                    public void discount(long cents) {
                        if (cents <= 0 || cents > total()) {
                            throw new IllegalArgumentException("discount out of range: " + cents);
                        }
                        discount += cents;
                    }

                    @Invariant(id = "%2$s-skus-in-order", post = "result.size() == lines.size() && result.equals(lines.stream().map(Line::sku).toList())")
                    public List<String> skus() {
                        List<String> skus = new ArrayList<>();
                        for (Line line : lines) {
                            skus.add(line.sku());
                        }
                        return skus;
                    }

                    private long subtotal() {
                        long sum = 0;
                        for (Line line : lines) {
                            sum += line.amount();
                        }
                        return sum;
                    }
                }
                """.formatted(pkg, name);
    }

    static String tally(String pkg, String name) {
        return """
                package %1$s;

                import dev.invariants.Invariant;
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;

                @Invariant(id = "%2$s-total-is-sum", post = "total == counts.values().stream().mapToInt(Integer::intValue).sum() && total >= 0")
                public class %2$s {

                    private final Map<String, Integer> counts = new HashMap<>();
                    private int total;

                    @Invariant(id = "%2$s-count-increments", pre = "k != null && !k.isEmpty()", post = "counts.getOrDefault(k, 0) == old(counts.getOrDefault(k, 0)) + 1 && result == counts.get(k) && total == old(total) + 1")
                    @Invariant(id = "%2$s-count-rejects", pre = "k == null || k.isEmpty()", raises = IllegalArgumentException.class)
                    public int count(String k) {
                        if (k == null || k.isEmpty()) {
                            throw new IllegalArgumentException("no key");
                        }
                        total++;
                        return counts.merge(k, 1, Integer::sum);
                    }

                    @Invariant(id = "%2$s-count-all-adds", pre = "keys.stream().allMatch(k -> k != null && !k.isEmpty())", post = "total == old(total + keys.size()) && keys.stream().allMatch(counts::containsKey)")
                    public void countAll(List<String> keys) {
                        for (String k : keys) {
                            count(k);
                        }
                    }

                    @Invariant(id = "%2$s-forget-removes", pre = "counts.containsKey(k)", post = "!counts.containsKey(k) && total == old(total - counts.getOrDefault(k, 0)) && result == old(counts.getOrDefault(k, 0))")
                    public int forget(String k) {
                        Integer removed = counts.remove(k);
                        int n = removed == null ? 0 : removed;
                        total -= n;
                        return n;
                    }

                    @Invariant(id = "%2$s-top-is-max", post = "result.isPresent() == !counts.isEmpty() && result.map(counts::get).orElse(0) == counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)")
                    public Optional<String> top() {
                        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
                    }
                }
                """.formatted(pkg, name);
    }

    static String gauge(String pkg, String name) {
        return """
                package %1$s;

                import dev.invariants.Invariant;
                import java.util.ArrayList;
                import java.util.List;

                @Invariant(id = "%2$s-reading-is-sum", post = "reading == samples.stream().mapToLong(Long::longValue).sum() && samples.size() <= 1000")
                public class %2$s implements Meter {

                    private final List<Long> samples = new ArrayList<>();
                    private long reading;

                    @Override
                    @Invariant(id = "%2$s-sample-rejects", pre = "units <= 0", raises = IllegalArgumentException.class)
                    public long sample(long units) {
                        if (units <= 0) {
                            throw new IllegalArgumentException("units must be positive: " + units);
                        }
                        samples.add(units);
                        reading += units;
                        return reading;
                    }

                    @Override
                    public long reading() {
                        return reading;
                    }

                    @Override
                    public List<Long> samples() {
                        return List.copyOf(samples);
                    }

                    @Invariant(id = "%2$s-reset-returns-sum", post = "result == old(samples.stream().mapToLong(s -> s).sum()) && reading == 0 && samples.isEmpty()")
                    public long reset() {
                        long was = reading;
                        samples.clear();
                        reading = 0;
                        return was;
                    }

                    @Invariant(id = "%2$s-merge-adds", pre = "other != null && other != this", post = "reading == old(reading + other.reading) && other.reading == old(other.reading)")
                    public void merge(%2$s other) {
                        samples.addAll(other.samples);
                        reading += other.reading;
                    }
                }
                """.formatted(pkg, name);
    }
}
