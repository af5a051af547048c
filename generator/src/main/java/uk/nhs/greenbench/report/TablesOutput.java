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
        FiguresCsvWriter.write(figures, folder.resolve("figures.csv"));
        FiguresJsonWriter.write(figures, folder.resolve("figures.json"));
        TrendsCsvWriter.write(figures.trends(), folder.resolve("trends.csv"));
        TrendsJsonWriter.write(figures.year(), figures.trends(), folder.resolve("trends.json"));
        DataQualityCsvWriter.write(figures, folder.resolve("data-quality.csv"));
        PeersCsvWriter.write(figures, folder.resolve("peers.csv"));
        CapacityCsvWriter.write(figures.capacity(), folder.resolve("capacity.csv"));
        CarbonPathsCsvWriter.write(figures.capacity(), folder.resolve("carbon-paths.csv"));
        return manifest.prepare(year, folder);
    }
}
