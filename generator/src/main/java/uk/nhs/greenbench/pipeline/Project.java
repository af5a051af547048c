package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.capacity.CapacityAssumptionsFile;
import uk.nhs.greenbench.model.CapacityAssumptions;

import uk.nhs.greenbench.factor.FactorLibrary;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.LayoutCatalogue;
import uk.nhs.greenbench.ingest.MeasureCatalogue;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project folder's configuration and reference data: measures, layouts, factors, indicators, registry
 * and bundled data list. Found from {@code --home}, the {@code greenbench.home} property, the
 * {@code GREENBENCH_HOME} variable, the current folder and its parents, or the folders above the jar.
 */
public record Project(Path home, MeasureCatalogue measures, LayoutCatalogue layouts, FactorLibrary factors,
                      IndicatorLibrary indicators, PlausibilityChecks checks, OrgRegistry registry, BundledData bundled,
                      CapacityAssumptions capacity) {

    public static Project load(Path home) {
        MeasureCatalogue measures = MeasureCatalogue.load(home.resolve("layouts/measures.json"));
        LayoutCatalogue layouts = LayoutCatalogue.load(home.resolve("layouts"), measures);
        FactorLibrary factors = FactorLibrary.load(home.resolve("factors/factors.json"), home);
        IndicatorLibrary indicators = IndicatorLibrary.load(home.resolve("indicators"), measures, factors);
        PlausibilityChecks checks = PlausibilityChecks.load(home.resolve(PlausibilityChecks.FILE));
        OrgRegistry registry = OrgRegistry.load(home.resolve("regions"));
        BundledData bundled = BundledData.load(home.resolve("data/bundled.json"));
        CapacityAssumptions capacity = CapacityAssumptionsFile.load(home.resolve(CapacityAssumptionsFile.FILE));
        for (String id : concat(capacity.carbonIndicator(), capacity.savingsIndicators())) {
            if (indicators.all().stream().noneMatch(d -> d.id().equals(id))) {
                throw new InputException(CapacityAssumptionsFile.FILE + " names the indicator \"" + id + "\", which indicators/ does not define");
            }
        }
        return new Project(home, measures, layouts, factors, indicators, checks, registry, bundled, capacity);
    }

    private static java.util.List<String> concat(String one, java.util.List<String> more) {
        java.util.List<String> all = new java.util.ArrayList<>(more);
        all.add(0, one);
        return all;
    }

    /**
     * The reference files behind a year's figures, with their checksums, for the manifest: the registry, the factor
     * definitions and the factor files of the set used, and the plausibility thresholds.
     */
    public java.util.List<uk.nhs.greenbench.figures.Figures.InputFile> referenceFiles(uk.nhs.greenbench.factor.FactorSet factorSet) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (String f : OrgRegistry.FILES) paths.add("regions/" + f);
        paths.add("factors/factors.json");
        paths.add(CapacityAssumptionsFile.FILE);
        paths.addAll(factors.filesFor(factorSet));
        paths.add(PlausibilityChecks.FILE);
        java.util.List<uk.nhs.greenbench.figures.Figures.InputFile> files = new java.util.ArrayList<>();
        for (String p : paths) {
            files.add(new uk.nhs.greenbench.figures.Figures.InputFile(p, null, null,
                    uk.nhs.greenbench.ingest.EricReader.sha256(home.resolve(p))));
        }
        return files;
    }

    /** Finds the project folder (the one holding {@code indicators/} and {@code layouts/}). */
    public static Path locateHome(Path explicit) {
        if (explicit != null) return check(explicit);
        String prop = System.getProperty("greenbench.home");
        if (prop != null && !prop.isBlank()) return check(Path.of(prop));
        String env = System.getenv("GREENBENCH_HOME");
        if (env != null && !env.isBlank()) return check(Path.of(env));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isHome(p)) return p;
        }
        // Run from elsewhere: look above the jar itself (generator/target/greenbench.jar).
        try {
            Path jar = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (isHome(p)) return p;
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException ignored) {
            // no usable code source: fall through to the error
        }
        throw new InputException("Cannot find the greenbench folder (with indicators/ and layouts/) here or above; "
                + "run from the project folder or pass --home");
    }

    private static Path check(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (!isHome(abs)) throw new InputException(abs + " is not a greenbench folder (no indicators/ and layouts/)");
        return abs;
    }

    private static boolean isHome(Path p) {
        return Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("layouts"));
    }
}
