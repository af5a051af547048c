package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.Returns;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.peers.FilePeers;
import uk.nhs.greenbench.peers.NearestPeers;
import uk.nhs.greenbench.peers.PeerChoice;
import uk.nhs.greenbench.peers.TypePeers;
import uk.nhs.greenbench.pipeline.BundledData;
import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.pack.PackWriter;
import uk.nhs.greenbench.pack.StandardPack;
import uk.nhs.greenbench.pipeline.Years;
import uk.nhs.greenbench.report.DocumentSelection;
import uk.nhs.greenbench.report.OutputGuard;
import uk.nhs.greenbench.pipeline.RunInputs;
import uk.nhs.greenbench.pipeline.Project;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code greenbench generate}: computes a year's figures and writes its pack. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compute indicators, peer benchmarks and savings for every trust, ICS, region and England, "
                + "and write them to OUT/<year>/ (figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv, manifest.json, a workbook "
                + "and a PDF report for every trust, ICS, region and England, and the web site in site/).")
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY-YY",
            description = "ERIC financial year, e.g. 2023-24 (default: the latest bundled year with site data). "
                    + "Bundled: ${sys:greenbench.bundledYears}.")
    String year;

    @Option(names = "--years", paramLabel = "all",
            description = "all: compute every bundled year in one run and write a pack for each, each with the trends up to its year.")
    String years;

    @Option(names = "--eric", paramLabel = "FILE",
            description = "A published ERIC file to read instead of the bundled data (repeatable; needs --year).")
    List<Path> eric;

    @Option(names = "--returns", paramLabel = "FILE",
            description = "A returns file of figures not in ERIC (travel, fleet, anaesthetic gases, staff, spend): CSV with the header "
                    + "year,org_code,measure,value,unit (repeatable; see README, \"Returns\").")
    List<Path> returns;

    @Option(names = "--prescribing", paramLabel = "FILE",
            description = "OpenPrescribing's environmental_inhalers measure download by ICB or sub-ICB (org_id, date, numerator, "
                    + "denominator), for the MDI share of inhalers (repeatable; see README, \"Inhalers\").")
    List<Path> prescribingFiles;

    @Option(names = "--peers", paramLabel = "FILE",
            description = "Compare trusts within groups you name: CSV with the header group,org_code (trusts not listed keep their ERIC type).")
    Path peersFile;

    @Option(names = "--nearest", paramLabel = "K",
            description = "Compare each trust with the K trusts of its ERIC type nearest in floor area and inpatient meals (K from 4 to 50).")
    Integer nearest;

    @Option(names = "--demand-growth", paramLabel = "PCT",
            description = "Growth in floor area and activity a year, in %%, for the carbon paths to 2040 (default: factors/capacity.json's, 0).")
    Double demandGrowth;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "Write only these outputs: tables (the CSV and JSON files and the manifest), workbooks, reports, site (the web pages); "
                    + "comma-separated (default: all). E.g. --only tables gives the figures in a few seconds.")
    List<StandardPack.Kind> only;

    @Option(names = "--for", paramLabel = "CODE", split = ",",
            description = "Write workbooks and reports only for these organisations and those within them: trust, ICB (ICS) or "
                    + "NHS region codes, comma-separated, e.g. --for QRL (the ICB and its trusts, not its region or England). "
                    + "The tables still cover every organisation; the web site, which links every organisation's documents, is "
                    + "left out. ENG (England) is every organisation, as without --for.")
    List<String> documentsFor;
    /** The organisations documents are written for, as {@link #documentsFor} names them (all when none). */
    private DocumentSelection selection = DocumentSelection.ALL;

    @CommandLine.Mixin
    HomeOption home;

    @CommandLine.Mixin
    ProgressOption progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && !uk.nhs.greenbench.model.FinancialYear.isValid(year)) {
            err.println("greenbench: --year must be a financial year such as 2023-24 (the second part one year on from the first), not \"" + year + "\"");
            return ExitCodes.USAGE;
        }
        if (eric != null && !eric.isEmpty() && year == null) {
            err.println("greenbench: --eric needs --year (the financial year the file covers, e.g. --year 2015-16)");
            return ExitCodes.USAGE;
        }
        if (years != null && (!years.equals("all") || year != null || (eric != null && !eric.isEmpty()))) {
            err.println("greenbench: --years takes only \"all\" (every bundled year), without --year or --eric");
            return ExitCodes.USAGE;
        }
        if (peersFile != null && nearest != null) {
            err.println("greenbench: choose one of --peers FILE and --nearest K");
            return ExitCodes.USAGE;
        }
        if (nearest != null && (nearest < NearestPeers.MIN_K || nearest > NearestPeers.MAX_K)) {
            err.println("greenbench: --nearest takes " + NearestPeers.MIN_K + " to " + NearestPeers.MAX_K
                    + " (five trusts make a benchmark), not " + nearest);
            return ExitCodes.USAGE;
        }
        selection = new DocumentSelection(documentsFor == null ? List.of() : documentsFor);
        if (!selection.isAll() && only != null && !only.isEmpty()) {
            if (only.contains(StandardPack.Kind.site)) {
                err.println("greenbench: --for writes some organisations' workbooks and reports; the web site links every organisation's "
                        + "documents and is written only for all of them: leave site out of --only");
                return ExitCodes.USAGE;
            }
            if (!only.contains(StandardPack.Kind.workbooks) && !only.contains(StandardPack.Kind.reports)) {
                err.println("greenbench: --for chooses whose workbooks and reports are written: add workbooks or reports to --only");
                return ExitCodes.USAGE;
            }
        }
        if (demandGrowth != null && (demandGrowth.isNaN() || demandGrowth <= -50 || demandGrowth >= 50)) {
            err.println("greenbench: --demand-growth takes a % a year above -50 and below 50, such as 1.5, not " + demandGrowth);
            return ExitCodes.USAGE;
        }
        for (Path p : givenFiles()) {
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isRegularFile(p)) {
                err.println("greenbench: " + p + ": not a regular file (a folder, a device such as /dev/zero, or a pipe): pass a saved file");
                return ExitCodes.INPUT;
            }
        }
        Project project = home.loadProject();
        if (documentsFor != null) {
            // The codes as typed: ENG among them selects everyone, which must not hide a mistyped one beside it.
            List<String> unknown = documentsFor.stream().map(String::trim)
                    .filter(c -> !c.equalsIgnoreCase(DocumentSelection.ENGLAND) && !knownOrganisation(project, c.toUpperCase(java.util.Locale.ROOT))).toList();
            if (!unknown.isEmpty()) {
                err.println("greenbench: --for: " + String.join(", ", unknown) + (unknown.size() == 1 ? " is not a" : " are not")
                        + " trust, ICB or NHS region code" + (unknown.size() == 1 ? "" : "s") + " of the bundled organisation lists "
                        + "(regions/; figures.csv's code column lists those with figures)");
                return ExitCodes.USAGE;
            }
        }
        Returns supplied = readReturns(project);
        PeerChoice peers = peersFile != null ? FilePeers.read(peersFile) : nearest != null ? new NearestPeers(nearest) : new TypePeers();
        List<PrescribingFile> prescribing = new java.util.ArrayList<>();
        if (prescribingFiles != null) for (Path p : prescribingFiles) prescribing.add(PrescribingFile.read(p, project.registry()::icbOf));
        int cores = Runtime.getRuntime().availableProcessors();
        Years generator = new Years(project, new RunInputs(supplied, prescribing, peers, demandGrowth), progress.to(err), cores);
        Set<StandardPack.Kind> kinds = only == null || only.isEmpty() ? java.util.EnumSet.allOf(StandardPack.Kind.class) : java.util.EnumSet.copyOf(only);
        if (!selection.isAll()) kinds.remove(StandardPack.Kind.site);
        PackWriter writer = StandardPack.writer(project, VersionProvider.version(), cores, progress.to(err), kinds, selection);
        // Refused before anything is computed: a pack replaces its whole folder.
        List<String> bundledYears = project.bundled().years().stream().map(BundledData.Year::year).toList();
        List<String> writes = years != null ? bundledYears : List.of(year != null ? year : generator.reader().defaultYear());
        List<Path> inputs = inputs(project);
        for (String w : writes) {
            var refusal = OutputGuard.refusal(out.resolve(w), inputs);
            if (refusal.isPresent()) {
                err.println("greenbench: " + refusal.get());
                return ExitCodes.OUTPUT;
            }
        }
        if (years != null) {
            warnUnusedYears(supplied, bundledYears, err);
            List<String> wrote = new java.util.ArrayList<>(), skipped = new java.util.ArrayList<>();
            for (YearFigures computed : generator.computeEveryBundledYear()) {
                String y = computed.year();
                if (computed.figures().hasAnyValue()) {
                    report(writer, computed);
                    wrote.add(y);
                } else {
                    skipped.add(y + " (" + nothingToWrite(project, y) + ")");
                }
            }
            spec.commandLine().getOut().println("Wrote packs for " + String.join(", ", wrote)
                    + (skipped.isEmpty() ? "" : "; skipped " + String.join("; ", skipped)));
            return ExitCodes.OK;
        }
        String y = year != null ? year : generator.reader().defaultYear();
        List<String> read = new java.util.ArrayList<>(List.of(y));
        project.bundled().years().stream().filter(BundledData.Year::hasSiteData).map(BundledData.Year::year).forEach(read::add);
        warnUnusedYears(supplied, read, err);
        List<Path> files = eric != null && !eric.isEmpty() ? eric : generator.reader().bundledFiles(y);
        YearFigures computed = generator.computeWithOtherYears(y, files);
        if (!computed.figures().hasAnyValue()) {
            err.println("greenbench: " + y + ": no pack written: " + nothingToWrite(project, y));
            return ExitCodes.INPUT;
        }
        report(writer, computed);
        return ExitCodes.OK;
    }

    /** Why a year's files give no figure: the bundled data's own note when it has one. */
    private static String nothingToWrite(Project project, String year) {
        String note = project.bundled().year(year).map(BundledData.Year::note).orElse(null);
        return note != null ? note : "no indicator can be computed from its files: energy, water, waste and floor area are published "
                + "only in ERIC's site files, and no returns file gives figures for " + year;
    }

    /** The files given on the command line. */
    private List<Path> givenFiles() {
        List<Path> in = new java.util.ArrayList<>();
        if (eric != null) in.addAll(eric);
        if (returns != null) in.addAll(returns);
        if (prescribingFiles != null) in.addAll(prescribingFiles);
        if (peersFile != null) in.add(peersFile);
        return in;
    }

    /** Every file and project folder this run reads: none of them may lie inside a pack folder. */
    private List<Path> inputs(Project project) {
        List<Path> in = new java.util.ArrayList<>();
        for (String f : List.of("data", "regions", "factors", "indicators", "layouts", "templates")) in.add(project.home().resolve(f));
        for (BundledData.Year y : project.bundled().years()) for (String f : y.files()) in.add(project.home().resolve(f));
        in.addAll(givenFiles());
        return in;
    }

    private Returns readReturns(Project project) {
        if (returns == null || returns.isEmpty()) return Returns.NONE;
        List<ReturnsFile> files = new java.util.ArrayList<>();
        for (Path p : returns) files.add(ReturnsFile.read(p, project.measures()));
        return Returns.of(files);
    }

    /** Returns for a year that is not computed would be silently unused: say so. */
    private static void warnUnusedYears(Returns supplied, List<String> computed, PrintWriter err) {
        for (ReturnsFile f : supplied.files()) {
            for (String y : f.years()) {
                if (!computed.contains(y)) {
                    err.println("greenbench: warning: " + f.fileName() + " has returns for " + y + ", which this run does not compute; they are not used");
                }
            }
        }
    }

    /** The codes {@code --for} named that no organisation with a figure has in the year: they get no document. */
    private List<String> withoutFigures(Figures figures) {
        java.util.Set<String> withFigures = new java.util.HashSet<>();
        for (var r : figures.rows()) {
            if (r.value() == null) continue;
            withFigures.add(r.org().code());
            withFigures.add(r.org().icsCode());
            withFigures.add(r.org().regionCode());
        }
        return selection.codes().stream().filter(c -> !withFigures.contains(c)).toList();
    }

    private static boolean knownOrganisation(Project project, String code) {
        return project.registry().trust(code).isPresent() || project.registry().icb(code).isPresent()
                || project.registry().region(code).isPresent();
    }

    private void report(PackWriter writer, YearFigures computed) {
        Figures figures = computed.figures();
        Path written = writer.write(computed, out);
        long trusts = figures.rowsAt(uk.nhs.greenbench.model.Level.TRUST).stream().map(r -> r.org().code()).distinct().count();
        spec.commandLine().getOut().println("Wrote " + written + " (" + trusts + " trusts, " + figures.rows().size()
                + " figure rows, " + figures.trends().size() + " trend rows, " + figures.issues().size()
                + " data-quality findings; factors " + figures.factors().label() + ")"
                + (selection.isAll() ? "" : "; workbooks and reports for --for " + String.join(",", selection.codes()) + " only"));
        for (String code : withoutFigures(figures)) {
            spec.commandLine().getErr().println("greenbench: warning: --for " + code + ": no figures for " + figures.year()
                    + ", so no documents (a trust that merged or was renamed may have its figures under another code: "
                    + "regions/trust-successors.csv)");
        }
    }
}
