package uk.nhs.greenbench.report;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.indicator.IndicatorLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * manifest.json alone, for a run limited to documents or the web site: every pack says what it was made from, and
 * the manifest is what lets the next run recognise the folder as a pack it may replace.
 */
public final class ManifestOutput implements PackOutput {
    private final IndicatorLibrary indicators;
    private final Function<FactorSet, List<Figures.InputFile>> referenceFiles;
    private final String version;
    private final DocumentSelection documentsFor;

    /** @param documentsFor the organisations the run writes documents for, which the manifest names when not all */
    public ManifestOutput(IndicatorLibrary indicators, Function<FactorSet, List<Figures.InputFile>> referenceFiles, String version,
                          DocumentSelection documentsFor) {
        this.indicators = indicators;
        this.referenceFiles = referenceFiles;
        this.version = version;
        this.documentsFor = documentsFor;
    }

    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        Figures figures = year.figures();
        ManifestWriter.write(figures, indicators.forYear(figures.year()), version, referenceFiles.apply(figures.factors()),
                documentsFor, folder.resolve("manifest.json"));
        return List.of();
    }
}
