package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.ingest.EricFile;
import uk.nhs.greenbench.ingest.EricReader;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The first stage: reads a year's ERIC files, with the run's returns and prescribing files, summing sites to trusts
 * as the rows stream past, so no file is ever held in memory.
 */
public final class YearReader {
    private final Project project;
    private final RunInputs run;
    private final Consumer<String> progress;

    public YearReader(Project project, RunInputs run, Consumer<String> progress) {
        this.project = project;
        this.run = run;
        this.progress = progress;
    }

    /** The latest bundled year with site data, the default for {@code generate}. */
    public String defaultYear() {
        String best = null;
        for (BundledData.Year y : project.bundled().years()) {
            if (y.hasSiteData() && (best == null || y.year().compareTo(best) > 0)) best = y.year();
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

    /**
     * Reads a year's files, summing sites to trusts as they are read.
     *
     * @param tap may change the rows on their way to the sums (the benchmark's synthetic copies); normally identity
     */
    public ReadYear read(String year, List<Path> ericFiles, UnaryOperator<Consumer<SiteRecord>> tap) {
        progress.accept("Choosing carbon factors for " + year);
        FactorSet factors = project.factors().forYear(year);
        YearSums sums = new YearSums(project.indicators().forYear(year), factors, project.capacity());
        EricReader reader = new EricReader(project.layouts());
        List<Figures.InputFile> inputs = new ArrayList<>();
        refuseRepeatedFiles(ericFiles);
        for (Path f : ericFiles) {
            progress.accept("Reading " + f.getFileName());
            EricFile file = reader.read(f, layout -> tap.apply(sums.sink(layout)));
            sums.fileRead(file);
            inputs.add(new Figures.InputFile(relative(f), file.layout().id(), file.encoding(), file.sha256()));
        }
        sums.addReturns(run.returns().forYear(year));
        for (PrescribingFile f : run.prescribing()) {
            if (f.forYear(year).isEmpty()) continue;
            sums.addPrescribing(f.forYear(year));
            inputs.add(new Figures.InputFile(relative(f.path()), Figures.InputFile.PRESCRIBING, "", f.sha256()));
        }
        for (ReturnsFile f : run.returns().files()) {
            if (!f.forYear(year).isEmpty()) inputs.add(new Figures.InputFile(relative(f.path()), Figures.InputFile.RETURNS, f.encoding(), f.sha256()));
        }
        return new ReadYear(year, sums, inputs);
    }

    private static long size(Path f) {
        try {
            return java.nio.file.Files.size(f);
        } catch (java.io.IOException e) {
            return -1; // unreadable: hashed, so the read reports it as before
        }
    }

    /**
     * The same file given twice (under one name or two) would double every figure: refused. Only files whose size
     * another shares are hashed (files of different sizes cannot be the same; hashing all was a second pass over
     * every file of the year).
     */
    private static void refuseRepeatedFiles(List<Path> files) {
        Map<Path, Long> sizes = new HashMap<>();
        Map<Long, Integer> filesOfSize = new HashMap<>();
        for (Path f : files) {
            sizes.put(f, size(f));
            filesOfSize.merge(sizes.get(f), 1, Integer::sum);
        }
        Map<String, Path> seen = new HashMap<>();
        for (Path f : files) {
            if (filesOfSize.get(sizes.get(f)) < 2) continue;
            Path first = seen.putIfAbsent(EricReader.sha256(f), f);
            if (first != null) {
                throw new InputException(f + " is the same file as " + first + " (same SHA-256): each file is read once, "
                        + "and reading it twice would double every figure. Pass it once.");
            }
        }
    }

    private String relative(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        return abs.startsWith(project.home()) ? project.home().relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
