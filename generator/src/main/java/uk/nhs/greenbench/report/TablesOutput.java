package uk.nhs.greenbench.report;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.indicator.IndicatorLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv, capacity.csv, carbon-paths.csv and manifest.json. */
public final class TablesOutput implements PackOutput {
    private final ManifestOutput manifest;
    private final Consumer<String> progress;

    /** @param referenceFiles the registry and factor files behind a factor set, listed in the manifest */
    public TablesOutput(IndicatorLibrary indicators, Function<FactorSet, List<Figures.InputFile>> referenceFiles, String version,
                        Consumer<String> progress) {
        this.manifest = new ManifestOutput(indicators, referenceFiles, version);
        this.progress = progress;
    }

    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        Figures figures = year.figures();
        progress.accept("Writing figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv, capacity.csv, carbon-paths.csv and manifest.json");
        writeAll(List.of(
                () -> FiguresCsvWriter.write(figures, folder.resolve("figures.csv")),
                () -> FiguresJsonWriter.write(figures, folder.resolve("figures.json")),
                () -> TrendsCsvWriter.write(figures.trends(), folder.resolve("trends.csv")),
                () -> TrendsJsonWriter.write(figures.year(), figures.trends(), folder.resolve("trends.json")),
                () -> DataQualityCsvWriter.write(figures, folder.resolve("data-quality.csv")),
                () -> PeersCsvWriter.write(figures, folder.resolve("peers.csv")),
                () -> CapacityCsvWriter.write(figures.capacity(), folder.resolve("capacity.csv")),
                () -> CarbonPathsCsvWriter.write(figures.capacity(), folder.resolve("carbon-paths.csv"))));
        return manifest.prepare(year, folder);
    }

    /** Writing one table file. */
    @FunctionalInterface
    private interface TableWrite {
        void write() throws IOException;
    }

    /**
     * The files are independent: written on every core, largest first as listed (on one thread this stage left a
     * core idle for a second and a half). The first failure is thrown once all have stopped.
     */
    private static void writeAll(List<TableWrite> writes) throws IOException {
        int threads = Math.min(writes.size(), Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "greenbench-tables");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Void>> done = new java.util.ArrayList<>();
            for (TableWrite w : writes) done.add(pool.submit(() -> {
                w.write();
                return null;
            }));
            IOException first = null;
            for (var f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    if (first == null) first = cause instanceof IOException io ? io : new IOException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while writing the tables");
                }
            }
            if (first != null) throw first;
        } finally {
            pool.shutdownNow();
        }
    }
}
