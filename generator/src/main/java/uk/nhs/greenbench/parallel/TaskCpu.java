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

    private final LongAdder helperNanos = new LongAdder();

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
        return THREADS.getCurrentThreadCpuTime() - start + account.helperNanos.sum();
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
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            work.run();
        } finally {
            task.helperNanos.add(THREADS.getCurrentThreadCpuTime() - start);
            CURRENT.set(outer);
        }
    }
}
