package uk.nhs.greenbench.bench;

/**
 * One measured stage of a benchmark run.
 *
 * @param cpuNanos  CPU time of the whole process over the stage (all threads, GC and JIT included)
 * @param documents documents written in the stage, 0 when it writes none
 * @param peakHeap  highest heap in use seen during the stage, garbage included, bytes
 * @param peakLive  highest heap still in use after a collection during the stage (the data held), bytes
 * @param peakRss   highest resident set size seen during the stage, bytes
 */
record StageResult(String run, String stage, long wallNanos, long cpuNanos, int documents, long peakHeap, long peakLive,
                   long peakRss, String note) {
    double wallSeconds() {
        return wallNanos / 1e9;
    }

    double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** CPU time over wall time and cores: 100% means every core busy for the whole stage. */
    double cpuUse(int cores) {
        return wallNanos > 0 ? 100.0 * cpuNanos / wallNanos / cores : 0;
    }

    double documentsPerSecond() {
        return documents > 0 && wallNanos > 0 ? documents / wallSeconds() : 0;
    }
}
