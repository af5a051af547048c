package uk.nhs.greenbench.report;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pack's folders, one per level ({@code trusts/}, {@code ics/}, {@code regions/}, {@code national/}), and
 * writing one document per organisation into them, on every core.
 */
public final class PackLevels {
    /** Writes the document of one organisation into its level's folder. */
    @FunctionalInterface
    public interface Writer {
        void write(Path folder, OrgRef org) throws IOException;
    }

    private static final Map<String, String> FOLDERS = Map.of(OrgRef.TRUST, "trusts", OrgRef.ICS, "ics",
            OrgRef.REGION, "regions", OrgRef.NATIONAL, "national");
    private static final List<String> ORDER = List.of(OrgRef.TRUST, OrgRef.ICS, OrgRef.REGION, OrgRef.NATIONAL);

    private PackLevels() {
    }

    /** @param documents what is written, for progress messages: "workbook", "report" */
    public static void writeEach(FiguresIndex index, Path pack, String documents, Consumer<String> progress, Writer writer)
            throws IOException {
        for (String level : ORDER) {
            List<OrgRef> orgs = index.orgs(level);
            if (orgs.isEmpty()) continue;
            String sub = FOLDERS.get(level);
            Path dir = Files.createDirectories(pack.resolve(sub));
            progress.accept("Writing " + orgs.size() + " " + sub + " " + documents + (orgs.size() == 1 ? "" : "s"));
            ParallelWriter.writeAll(orgs, o -> writer.write(dir, o));
        }
    }
}
