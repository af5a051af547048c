package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.excel.ExcelPackWriter;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.pdf.PdfPackWriter;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.ingest.EricFile;
import uk.nhs.greenbench.ingest.EricReader;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.report.DataQualityCsvWriter;
import uk.nhs.greenbench.report.FiguresCsvWriter;
import uk.nhs.greenbench.report.FiguresJsonWriter;
import uk.nhs.greenbench.report.ManifestWriter;
import uk.nhs.greenbench.report.PackFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads a year's ERIC files, computes the figures and writes the pack for that year. */
public final class PackGenerator {
    private final Project project;
    private final Consumer<String> progress;

    public PackGenerator(Project project, Consumer<String> progress) {
        this.project = project;
        this.progress = progress;
    }

    /** The latest bundled year with site data, the default for {@code generate}. */
    public String defaultYear() {
        String best = null;
        for (BundledData.Year y : project.bundled().years()) {
            if (hasSiteData(y) && (best == null || y.year().compareTo(best) > 0)) best = y.year();
        }
        if (best == null) throw new InputException("data/bundled.json lists no year with site data");
        return best;
    }

    /** The bundled files for a year. */
    public List<Path> bundledFiles(String year) {
        BundledData.Year y = project.bundled().year(year).orElseThrow(() -> new InputException(
                "No bundled ERIC data for " + year + "; bundled years: "
                        + project.bundled().years().stream().map(BundledData.Year::year).toList()
                        + ". For another year pass its published file with --eric FILE --year " + year));
        return y.files().stream().map(project.home()::resolve).toList();
    }

    /** Reads the files, summing sites to trusts as they are read, then computes the year's figures. */
    public Figures compute(String year, List<Path> ericFiles) {
        progress.accept("Choosing carbon factors for " + year);
        FactorSet factors = project.factors().forYear(year);
        FiguresCalculator calculator = new FiguresCalculator(project.registry(), project.indicators());
        YearSums sums = calculator.sumsFor(year, factors);
        EricReader reader = new EricReader(project.layouts());
        List<Figures.InputFile> inputs = new ArrayList<>();
        for (Path f : ericFiles) {
            progress.accept("Reading " + f.getFileName());
            EricFile file = reader.read(f, sums::sink);
            sums.fileRead(file);
            inputs.add(new Figures.InputFile(relative(f), file.layout().id(), file.encoding(), file.sha256()));
        }
        progress.accept("Computing indicators, benchmarks and savings");
        return calculator.compute(year, sums, inputs);
    }

    /**
     * Writes figures.csv, figures.json, data-quality.csv, manifest.json and the workbooks (trusts/, ics/,
     * regions/, national/) into {@code out/<year>/}, all at once or not at all.
     */
    public Path write(Figures figures, Path out, String version) {
        Path target = out.resolve(figures.year());
        List<Figures.InputFile> reference = referenceFiles(figures.factors());
        List<Figures> history = otherYears(figures.year());
        try {
            PackFolder.write(target, folder -> {
                progress.accept("Writing " + target.resolve("figures.csv"));
                FiguresCsvWriter.write(figures, folder.resolve("figures.csv"));
                FiguresJsonWriter.write(figures, folder.resolve("figures.json"));
                DataQualityCsvWriter.write(figures, folder.resolve("data-quality.csv"));
                ManifestWriter.write(figures, project.indicators().forYear(figures.year()), version, reference,
                        folder.resolve("manifest.json"));
                var indicators = project.indicators().forYear(figures.year());
                new ExcelPackWriter(figures, indicators, project.registry(), project.factors().notes(), version,
                        history, progress).write(folder);
                new PdfPackWriter(figures, history, indicators, project.registry(), project.home().resolve("templates/narrative"),
                        project.factors().notes(), version, progress).write(folder);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("Could not write the pack to " + target + ": " + describe(e)
                    + " (any previous pack there is unchanged)", e);
        }
        return target;
    }

    /** The figures of the other bundled years with site data, for year-by-year values in the workbooks. */
    private List<Figures> otherYears(String year) {
        List<Figures> out = new ArrayList<>();
        for (BundledData.Year y : project.bundled().years()) {
            if (y.year().equals(year) || !hasSiteData(y)) continue;
            progress.accept("Computing " + y.year() + " for year-by-year values");
            out.add(compute(y.year(), bundledFiles(y.year())));
        }
        return out;
    }

    private static boolean hasSiteData(BundledData.Year y) {
        return y.files().stream().anyMatch(f -> f.toLowerCase().contains("site") || f.toLowerCase().endsWith(".xls"));
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException a) return "permission denied on " + a.getFile();
        if (t instanceof java.nio.file.NoSuchFileException n) return "no such folder: " + n.getFile();
        if (t instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? "file system error" : f.getReason()) + " (" + f.getFile() + ")";
        }
        return String.valueOf(t.getMessage());
    }

    private List<Figures.InputFile> referenceFiles(FactorSet factors) {
        List<Figures.InputFile> files = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("regions/etr.csv", "regions/icb_names_codes_dec_2024.csv",
                "regions/nhs-regions.csv", "factors/factors.json"));
        paths.addAll(project.factors().filesFor(factors));
        for (String p : paths) {
            files.add(new Figures.InputFile(p, null, null, EricReader.sha256(project.home().resolve(p))));
        }
        return files;
    }

    private String relative(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        return abs.startsWith(project.home()) ? project.home().relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** The pack could not be written (disk full, no permission, …). */
    public static final class OutputException extends RuntimeException {
        public OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
