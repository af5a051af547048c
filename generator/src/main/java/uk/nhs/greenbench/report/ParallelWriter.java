package uk.nhs.greenbench.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes independent documents on every core, and reports the first failure as the writer threw it. */
public final class ParallelWriter {
    /** Writes one document. */
    @FunctionalInterface
    public interface Job<T> {
        void write(T item) throws IOException;
    }

    private ParallelWriter() {
    }

    public static <T> void writeAll(List<T> items, Job<T> job) throws IOException {
        List<Callable<Void>> jobs = new ArrayList<>(items.size());
        for (T item : items) {
            jobs.add(() -> {
                job.write(item);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
