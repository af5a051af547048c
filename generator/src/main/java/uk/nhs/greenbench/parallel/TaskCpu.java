package uk.nhs.greenbench.parallel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time of one task: what the thread running it spends, plus what helper threads spend on its behalf.
 * JasperReports fills every table and subreport of a report on a thread of its own while the report's thread
 * waits, so a thread's own CPU clock missed about a seventh of a report's CPU time (JFR, reports-only run).
 */
public final class TaskCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<TaskCpu> CURRENT = new ThreadLocal<>();

    /** How long a task's measure waits for helpers that said they were done but have not yet read their clocks. */
    private static final long HELPER_WAIT_NANOS = 1_000_000_000L;

    private final LongAdder helperNanos = new LongAdder();
    private int helpersRunning; // guarded by this

    private TaskCpu() {
    }

    /** A task that may fail with an I/O error, as a document writer does. */
    @FunctionalInterface
    public interface Task {
        void run() throws java.io.IOException;
    }

    /** Whether this JVM can measure a thread's CPU time; when not, {@link #measure} runs the task and returns -1. */
    public static boolean supported() {
        return THREADS.isCurrentThreadCpuTimeSupported();
    }

    /** Runs the task on this thread and returns the CPU nanoseconds it and its helpers spent. */
    public static long measure(Task task) throws java.io.IOException {
        if (!supported()) {
            task.run();
            return -1;
        }
        TaskCpu account = new TaskCpu();
        TaskCpu outer = CURRENT.get();
        CURRENT.set(account);
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            task.run();
        } finally {
            CURRENT.set(outer);
        }
        long own = THREADS.getCurrentThreadCpuTime() - start;
        account.awaitHelpers();
        return own + account.helperNanos.sum();
    }

    /**
     * Waits for helpers still running: a subreport's thread tells the report it has finished from inside its work,
     * before its CPU time is added, so without the wait a report could be measured without its last subreport.
     */
    private synchronized void awaitHelpers() {
        long deadline = System.nanoTime() + HELPER_WAIT_NANOS;
        while (helpersRunning > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The task the current thread is working for, or null; read it on the thread that hands work to a helper. */
    public static TaskCpu current() {
        return CURRENT.get();
    }

    /**
     * Runs work on the current (helper) thread for the given task, null for none, charging its CPU time to the task.
     * Work the helper hands on in turn is charged to the same task.
     */
    public static void runFor(TaskCpu task, Runnable work) {
        if (task == null || !supported()) {
            work.run();
            return;
        }
        TaskCpu outer = CURRENT.get();
        CURRENT.set(task);
        synchronized (task) {
            task.helpersRunning++;
        }
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            work.run();
        } finally {
            task.helperNanos.add(THREADS.getCurrentThreadCpuTime() - start);
            CURRENT.set(outer);
            synchronized (task) {
                task.helpersRunning--;
                task.notifyAll();
            }
        }
    }
}
