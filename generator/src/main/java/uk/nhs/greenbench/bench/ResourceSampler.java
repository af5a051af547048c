package uk.nhs.greenbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use and the resident set size every few milliseconds on a daemon thread, keeping the
 * peaks since the last {@link #reset}. RSS is read from {@code /proc/self/statm} (Linux); elsewhere it is 0.
 */
final class ResourceSampler implements AutoCloseable {
    private static final Path STATM = Path.of("/proc/self/statm");
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final long PAGE = 4096;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final java.util.List<java.lang.management.MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final AtomicLong peakHeap = new AtomicLong(), peakLive = new AtomicLong(), peakRss = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    ResourceSampler(long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "greenbench-bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Peaks since the last reset, in bytes.
     *
     * @param heap heap in use, garbage included (depends on how the collector sizes the heap)
     * @param live heap still in use after the latest collection: the data the program actually holds
     */
    record Peaks(long heap, long live, long rss) {
    }

    Peaks resetAndGet() {
        sample();
        Peaks p = new Peaks(peakHeap.getAndSet(0), peakLive.getAndSet(0), peakRss.getAndSet(0));
        sample();
        return p;
    }

    private void sample() {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long live = 0;
        for (var pool : heapPools) {
            var after = pool.getCollectionUsage();
            if (after != null) live += after.getUsed();
        }
        peakLive.accumulateAndGet(live, Math::max);
        peakRss.accumulateAndGet(rss(), Math::max);
    }

    static long rss() {
        try {
            String[] f = Files.readString(STATM).trim().split("\\s+");
            return Long.parseLong(f[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The process's peak RSS over its whole life (VmHWM), in bytes; 0 where unknown. */
    static long lifetimePeakRss() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
