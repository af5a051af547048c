package uk.nhs.greenbench.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Times stages of one benchmark run: wall time, process CPU time and peak memory per stage. */
final class StageClock {
    private final String run;
    private final ResourceSampler sampler;
    private final List<StageResult> results = new ArrayList<>();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    StageClock(String run, ResourceSampler sampler) {
        this.run = run;
        this.sampler = sampler;
    }

    /** Work of one stage. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T time(String stage, Work<T> work) throws Exception {
        sampler.resetAndGet();
        long cpu = os.getProcessCpuTime(), start = System.nanoTime();
        T result = work.run();
        long wall = System.nanoTime() - start, used = os.getProcessCpuTime() - cpu;
        ResourceSampler.Peaks peaks = sampler.resetAndGet();
        results.add(new StageResult(run, stage, wall, used, 0, peaks.heap(), peaks.live(), peaks.rss(), ""));
        return result;
    }

    /** Times a step of writing a pack. */
    void time(String stage, uk.nhs.greenbench.pack.PackWriter.Step step) throws java.io.IOException {
        try {
            time(stage, () -> {
                step.run();
                return null;
            });
        } catch (java.io.IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a result measured elsewhere (the start-up, or a row derived from another). */
    void add(StageResult r) {
        results.add(r);
    }

    /** Sets the documents and note of the last stage named {@code stage}. */
    void describe(String stage, int documents, String note) {
        for (int i = results.size() - 1; i >= 0; i--) {
            StageResult r = results.get(i);
            if (r.stage().equals(stage)) {
                results.set(i, new StageResult(r.run(), r.stage(), r.wallNanos(), r.cpuNanos(), documents, r.peakHeap(),
                        r.peakLive(), r.peakRss(), note));
                return;
            }
        }
    }

    String run() {
        return run;
    }

    List<StageResult> results() {
        return List.copyOf(results);
    }
}
