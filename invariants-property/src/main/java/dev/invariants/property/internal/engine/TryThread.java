package dev.invariants.property.internal.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Runs each try on a worker thread and waits for it until its deadline at most. The deadline is counted in the
 * worker's own CPU time where the JVM measures it, so that a loaded machine leaving the try waiting does not make it
 * too slow; a try waiting (blocked, sleeping) is too slow at {@link #BLOCKED} times the deadline of wall-clock time,
 * a runnable one that gets no CPU at {@link #STARVED} times. Interruption cannot stop code that
 * computes for ever ({@code BigInteger.pow} with an extreme exponent, a loop that ignores it), so a try past its
 * deadline is interrupted and left behind on its thread (a daemon: it never keeps the JVM alive), and the next try
 * gets a new one. What the runtime records on the worker is credited to the test running on the calling thread.
 */
final class TryThread implements AutoCloseable {
    /** How many deadlines of wall-clock time a try may wait while it computes too little to reach its CPU deadline. */
    static final int BLOCKED = 10;
    /** The same while it is runnable: a loaded machine may leave it so that long without a core. */
    static final int STARVED = 60;

    private final long deadlineNanos;
    private volatile Thread thread;
    private final UnaryOperator<Runnable> credit;
    private ExecutorService worker;
    private int abandoned;

    TryThread(long deadlineNanos, UnaryOperator<Runnable> credit) {
        this.deadlineNanos = deadlineNanos;
        this.credit = credit;
    }

    Attempt run(Property property, ChoiceRecorder recorder) {
        if (worker == null) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread created = new Thread(task, "invariants-property-try");
                        created.setDaemon(true);
                        thread = created;
                        return created;
                    });
            pool.prestartCoreThread();
            worker = pool;
        }
        FutureTask<Attempt> task = new FutureTask<>(() -> Attempt.run(property, recorder));
        long startCpu = cpuTime();
        long start = System.nanoTime();
        worker.execute(credit.apply(task));
        try {
            long wait = deadlineNanos;
            while (true) {
                try {
                    return task.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException slow) {
                    long wall = System.nanoTime() - start;
                    long cpu = startCpu < 0 ? -1 : cpuTime() - startCpu;
                    if (cpu < 0 || cpu >= deadlineNanos || wall >= waitLimit() * deadlineNanos) {
                        abandon(task);
                        // the choices are read while the thread left behind may still write them: they are only counted
                        return new Attempt(recorder.recorded(), TryOutcome.tooSlow(recorder.description()));
                    }
                    wait = Math.max(deadlineNanos - cpu, TimeUnit.MILLISECONDS.toNanos(5));
                }
            }
        } catch (InterruptedException interrupted) {
            abandon(task);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a generated try ran", interrupted);
        } catch (ExecutionException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A worker that waits (a lock, a sleep) is blocked; one that is runnable but gets no CPU may only be starved. */
    private int waitLimit() {
        Thread current = thread;
        return current != null && current.getState() == Thread.State.RUNNABLE ? STARVED : BLOCKED;
    }

    /** The worker's CPU time so far, {@code -1} where the JVM does not measure it (or before the worker exists). */
    private long cpuTime() {
        Thread current = thread;
        if (current == null) {
            return 0;
        }
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                    ? threads.getThreadCpuTime(current.getId()) : -1;
        } catch (UnsupportedOperationException | LinkageError | SecurityException unmeasured) {
            return -1;
        }
    }

    /** How many tries were left behind on their threads. */
    int abandoned() {
        return abandoned;
    }

    private void abandon(FutureTask<Attempt> task) {
        task.cancel(true);
        worker.shutdownNow();
        worker = null;
        thread = null;
        abandoned++;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }
}
