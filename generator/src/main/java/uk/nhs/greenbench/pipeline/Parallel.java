package uk.nhs.greenbench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent jobs (years) on every core. */
final class Parallel {
    private Parallel() {
    }

    /** The jobs' results in the jobs' order; the first job's failure is the one reported, as it was thrown. */
    static <T> List<T> run(List<Callable<T>> jobs, int threads) {
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
            throw new IllegalStateException(e.getCause());
        }
    }
}
