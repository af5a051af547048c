package uk.nhs.greenbench.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent jobs (the years of a run, the files of the tables stage) on every core. */
public final class Parallel {
    private Parallel() {
    }

    /**
     * The jobs' results in the jobs' order; the first job's failure is the one reported, as it was thrown (an
     * {@link java.io.IOException} as an {@link java.io.UncheckedIOException}, so writing a pack reports it as a write error).
     */
    public static <T> List<T> run(List<Callable<T>> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> j : jobs) futures.add(pool.submit(j));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(result(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            if (e.getCause() instanceof java.io.IOException io) throw new java.io.UncheckedIOException(io);
            throw new IllegalStateException(e.getCause());
        }
    }
}
