package uk.nhs.greenbench.report;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;

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
    private static final Map<String, String> FOLDERS = Map.of(OrgRef.TRUST, "trusts", OrgRef.ICS, "ics",
            OrgRef.REGION, "regions", OrgRef.NATIONAL, "national");
    private static final List<String> ORDER = List.of(OrgRef.TRUST, OrgRef.ICS, OrgRef.REGION, OrgRef.NATIONAL);

    private PackDocuments() {
    }

    /**
     * @param kind     {@code workbook} or {@code report}
     * @param fileName the file name for an organisation's code and name
     */
    public static List<Document> of(FiguresIndex index, Path pack, String kind, BiFunction<String, String, String> fileName,
                                    Document.Writer writer) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String level : ORDER) {
            List<OrgRef> orgs = index.orgs(level);
            if (orgs.isEmpty()) continue;
            Path dir = Files.createDirectories(pack.resolve(FOLDERS.get(level)));
            for (OrgRef o : orgs) docs.add(new Document(kind, o, dir.resolve(fileName.apply(o.code(), o.name())), writer));
        }
        return docs;
    }
}
