package uk.nhs.greenbench.report;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.YearFigures;

import uk.nhs.greenbench.parallel.Parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv, capacity.csv, carbon-paths.csv and manifest.json. */
public final class TablesOutput implements PackOutput {
    private final ManifestOutput manifest;
    private final Consumer<String> progress;

    /** @param manifest the manifest, written with the tables */
    public TablesOutput(ManifestOutput manifest, Consumer<String> progress) {
        this.manifest = manifest;
        this.progress = progress;
    }

    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        Figures figures = year.figures();
        progress.accept("Writing figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv, capacity.csv, carbon-paths.csv and manifest.json");
        // The files are independent: written on every core (on one thread this stage left a core idle).
        Parallel.run(List.of(
                table(() -> FiguresCsvWriter.write(figures, folder.resolve("figures.csv"))),
                table(() -> FiguresJsonWriter.write(figures, folder.resolve("figures.json"))),
                table(() -> TrendsCsvWriter.write(figures.trends(), folder.resolve("trends.csv"))),
                table(() -> TrendsJsonWriter.write(figures.year(), figures.trends(), folder.resolve("trends.json"))),
                table(() -> DataQualityCsvWriter.write(figures, folder.resolve("data-quality.csv"))),
                table(() -> PeersCsvWriter.write(figures, folder.resolve("peers.csv"))),
                table(() -> CapacityCsvWriter.write(figures.capacity(), folder.resolve("capacity.csv"))),
                table(() -> CarbonPathsCsvWriter.write(figures.capacity(), folder.resolve("carbon-paths.csv")))),
                Runtime.getRuntime().availableProcessors());
        return manifest.prepare(year, folder);
    }

    /** Writing one table file. */
    @FunctionalInterface
    private interface TableWrite {
        void write() throws IOException;
    }

    private static java.util.concurrent.Callable<Void> table(TableWrite w) {
        return () -> {
            w.write();
            return null;
        };
    }
}
