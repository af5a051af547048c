package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.OrgRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The pack's folders, one per level ({@code trusts/}, {@code ics/}, {@code regions/}, {@code national/}), and
 * the documents of one kind that go in them: one per organisation.
 */
public final class PackDocuments {
    private static final Map<Level, String> FOLDERS = Map.of(Level.TRUST, "trusts", Level.ICS, "ics",
            Level.REGION, "regions", Level.NATIONAL, "national");
    private static final List<Level> ORDER = List.of(Level.values());

    private PackDocuments() {
    }

    /**
     * @param kind     {@code workbook} or {@code report}
     * @param fileName the file name for an organisation's code and name
     * @param selected the organisations to write documents for
     */
    public static List<Document> of(FiguresIndex index, Path pack, String kind, BiFunction<String, String, String> fileName,
                                    DocumentSelection selected, Document.Writer writer) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Level level : ORDER) {
            // A document without a single figure would only say "not available" page after page.
            List<OrgRef> orgs = index.orgs(level).stream().filter(o -> selected.includes(o) && index.hasAnyValue(o)).toList();
            if (orgs.isEmpty()) continue;
            Path dir = Files.createDirectories(pack.resolve(FOLDERS.get(level)));
            for (OrgRef o : orgs) docs.add(new Document(kind, o, dir.resolve(fileName.apply(o.code(), o.name())), writer));
        }
        return docs;
    }
}
