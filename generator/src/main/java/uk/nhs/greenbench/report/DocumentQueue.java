package uk.nhs.greenbench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes a pack's documents, workbooks and reports together, on every core: one queue, the largest areas first,
 * so that no core waits at the end of one kind or one level for another to finish. Each document is built,
 * written and dropped by one thread; at most one document per core is in memory at a time. The first failure
 * stops the queue and is reported as the writer threw it.
 */
public final class DocumentQueue {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DocumentQueue() {
    }

    /** How many documents of each kind were written and the CPU time their threads spent writing them. */
    public record Stats(Map<String, Integer> documents, Map<String, Long> cpuNanos) {
    }

    public static Stats writeAll(List<Document> documents, int threads, Consumer<String> progress) throws IOException {
        List<Document> queue = new ArrayList<>(documents);
        queue.sort(Comparator.comparingInt(Document::expectedCost).reversed());
        Map<String, Integer> counts = new TreeMap<>();
        for (Document d : queue) counts.merge(d.kind(), 1, Integer::sum);
        progress.accept("Writing " + describe(counts) + " on " + threads + (threads == 1 ? " core" : " cores"));
        Map<String, Long> cpu = new TreeMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, Long>>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    Map<String, Long> mine = new TreeMap<>();
                    boolean measure = THREADS.isCurrentThreadCpuTimeSupported();
                    for (int i = next.getAndIncrement(); i < queue.size() && failure.get() == null; i = next.getAndIncrement()) {
                        Document d = queue.get(i);
                        long start = measure ? THREADS.getCurrentThreadCpuTime() : 0;
                        try {
                            d.writer().write(d.file(), d.org());
                        } catch (IOException | RuntimeException | Error e) {
                            failure.compareAndSet(null, e);
                            break;
                        }
                        if (measure) mine.merge(d.kind(), THREADS.getCurrentThreadCpuTime() - start, Long::sum);
                    }
                    return mine;
                }));
            }
            for (Future<Map<String, Long>> w : workers) w.get().forEach((k, v) -> cpu.merge(k, v, Long::sum));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        return new Stats(counts, cpu);
    }

    private static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : "s")));
        return String.join(" and ", parts);
    }
}
