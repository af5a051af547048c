package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.parallel.TaskCpu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes a pack's documents, workbooks and reports together, on every core: one queue, the largest areas first,
 * so that no core waits at the end of one kind or one level for another to finish. Each document is built,
 * written and dropped by one thread; at most one document per core is in memory at a time, and the largest area's
 * workbook and report (England's, each listing every trust) never at the same time. The first failure stops the
 * queue and is reported as the writer threw it.
 */
public final class DocumentQueue {
    private DocumentQueue() {
    }

    /**
     * The documents written, each with the CPU time spent writing it (its helper threads' included; -1 where the JVM
     * cannot measure thread CPU), in the order they were finished.
     */
    public record Stats(List<Written> written) {
        public Stats {
            written = List.copyOf(written);
        }

        /** How many documents of each kind were written. */
        public Map<String, Integer> documents() {
            Map<String, Integer> counts = new TreeMap<>();
            for (Written w : written) counts.merge(w.kind(), 1, Integer::sum);
            return counts;
        }

        /** The CPU time spent on each kind of document, of those whose time could be measured. */
        public Map<String, Long> cpuNanos() {
            Map<String, Long> cpu = new TreeMap<>();
            for (Written w : written) if (w.cpuNanos() >= 0) cpu.merge(w.kind(), w.cpuNanos(), Long::sum);
            return cpu;
        }
    }

    /** One document written: its kind, its organisation, its file's name and the CPU time it took (-1 when not measured). */
    public record Written(String kind, OrgRef org, String fileName, long cpuNanos) {
    }

    public static Stats writeAll(List<Document> documents, int threads, Consumer<String> progress) throws IOException {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparingInt(Document::expectedCost).reversed());
        Map<String, Integer> counts = new TreeMap<>();
        for (Document d : sorted) counts.merge(d.kind(), 1, Integer::sum);
        Queue queue = new Queue(sorted);
        // None when the organisations chosen (generate --for) have no figures in the year.
        if (!counts.isEmpty()) progress.accept("Writing " + describe(counts) + " on " + threads + (threads == 1 ? " core" : " cores"));
        List<Written> written = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (Document d = queue.take(failure); d != null; d = queue.take(failure)) {
                        Document doc = d;
                        long used;
                        try {
                            used = TaskCpu.measure(() -> doc.writer().write(doc.file(), doc.org()));
                        } catch (IOException | RuntimeException | Error e) {
                            failure.compareAndSet(null, e);
                            break;
                        } finally {
                            queue.written(d);
                        }
                        written.add(new Written(d.kind(), d.org(), d.file().getFileName().toString(), used));
                    }
                    return null; // a Callable, so that the queue's wait may be interrupted
                }));
            }
            for (Future<?> w : workers) w.get();
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
        return new Stats(written);
    }

    /**
     * The documents still to write, handed out largest first, except that the largest area's documents go one at a
     * time: they are the largest things a run holds beside the figures, and as the first two documents of the queue
     * they were always in memory together. A worker that would take the second while the first is being
     * written takes the next smaller document instead; the second waits for the first, not for the rest.
     */
    private static final class Queue {
        private final List<Document> waiting;
        private final OrgRef largest;
        private boolean largestInFlight;

        Queue(List<Document> sorted) {
            this.waiting = new ArrayList<>(sorted);
            this.largest = largestArea(sorted);
        }

        /** The next document to write, or null when there are none left or a worker has failed. */
        synchronized Document take(AtomicReference<Throwable> failure) throws InterruptedException {
            while (failure.get() == null && !waiting.isEmpty()) {
                for (int i = 0; i < waiting.size(); i++) {
                    Document d = waiting.get(i);
                    if (isLargest(d) && largestInFlight) continue;
                    if (isLargest(d)) largestInFlight = true;
                    return waiting.remove(i);
                }
                wait();
            }
            return null;
        }

        synchronized void written(Document d) {
            if (isLargest(d)) largestInFlight = false;
            notifyAll();
        }

        private boolean isLargest(Document d) {
            return largest != null && d.org().equals(largest);
        }

        /** The one area of the highest level in the queue (England, or a regional pack's region); none when there are several or only trusts. */
        private static OrgRef largestArea(List<Document> sorted) {
            if (sorted.isEmpty() || sorted.get(0).org().level() == Level.TRUST) return null;
            Level top = sorted.get(0).org().level();
            OrgRef only = sorted.get(0).org();
            for (Document d : sorted) if (d.org().level() == top && !d.org().equals(only)) return null;
            return only;
        }
    }

    private static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind + (n == 1 ? "" : "s")));
        return String.join(" and ", parts);
    }
}
