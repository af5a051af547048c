package uk.nhs.greenbench.factor;

import uk.nhs.greenbench.ingest.EricLayout;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.NumberParser;
import uk.nhs.greenbench.ingest.SourceTable;
import uk.nhs.greenbench.ingest.WorkbookTableReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A DESNZ (formerly BEIS) "flat file" of GHG conversion factors, sheet {@code Factors by Category}: the
 * total ({@code kg CO2e}) rows only. The header row moved from row 5 (2021–22) to row 6 (2023 on).
 */
public final class DesnzFlatFile {
    /** One total kgCO2e factor row. */
    public record Row(int rowNumber, String level1, String level2, String level3, String level4, String columnText,
                      String uom, String rawValue, Double value) {
    }

    private final String fileName;
    private final List<Row> rows;
    private final String valueHeader;
    /** Each row with its level 1-3, column text and unit as {@link EricLayout#normalise} makes them, once for every look-up. */
    private final List<Keyed> keyed = new ArrayList<>();

    private record Keyed(Row row, List<String> keys) {
    }

    private DesnzFlatFile(String fileName, List<Row> rows, String valueHeader) {
        this.fileName = fileName;
        this.rows = rows;
        this.valueHeader = valueHeader;
        for (Row r : rows) keyed.add(new Keyed(r, normalised(java.util.Arrays.asList(r.level1(), r.level2(), r.level3(), r.columnText(), r.uom()))));
    }

    public static DesnzFlatFile read(Path file) {
        // The header row moved from row 5 (2021-22) to row 6 (2023 on): find it, reading the file once.
        SourceTable table = WorkbookTableReader.readWithHeaderContaining(file, "Factors by Category", "Level 1", 10);
        int l1 = col(table, "Level 1"), l2 = col(table, "Level 2"), l3 = col(table, "Level 3"), l4 = col(table, "Level 4");
        int text = col(table, "Column Text"), uom = col(table, "UOM");
        int ghg = table.headers().indexOf("GHG") >= 0 ? col(table, "GHG") : col(table, "GHG/Unit");
        int value = -1;
        for (int i = 0; i < table.headers().size(); i++) {
            if (table.headers().get(i).toLowerCase(Locale.ROOT).startsWith("ghg conversion factor")) value = i;
        }
        if (value < 0) throw InputException.at(table.displayName(), table.headerRowNumber(), "GHG Conversion Factor YYYY", "column missing");
        List<Row> rows = new ArrayList<>();
        int factorValue = value;
        table.rows().forEach(r -> {
            if (!EricLayout.normalise(r.cell(ghg)).equals("kg co2e")) return;
            // Some rows hold notes such as "< 1" instead of a value; they only matter if a factor selects them.
            Double v;
            try {
                OptionalDouble parsed = NumberParser.parse(r.cell(factorValue));
                if (parsed.isEmpty()) return;
                v = parsed.getAsDouble();
            } catch (NumberParser.NotANumber e) {
                v = null;
            }
            rows.add(new Row(r.number(), r.cell(l1), r.cell(l2), r.cell(l3), r.cell(l4), r.cell(text), r.cell(uom),
                    r.cell(factorValue), v));
        });
        return new DesnzFlatFile(table.displayName(), rows, table.headers().get(value));
    }

    private static int col(SourceTable t, String header) {
        for (int i = 0; i < t.headers().size(); i++) if (t.headers().get(i).equalsIgnoreCase(header)) return i;
        throw InputException.at(t.displayName(), t.headerRowNumber(), header, "column missing");
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows matching a selector; every given list must contain the row's text (case- and space-insensitive). */
    public List<Row> find(FactorDefinition.DesnzSelector s) {
        List<Row> found = new ArrayList<>();
        // The selector's lists in the order of a row's keys.
        List<List<String>> wanted = java.util.stream.Stream.of(s.level1(), s.level2(), s.level3(), s.columnText(), s.uom())
                .map(DesnzFlatFile::normalised).toList();
        for (Keyed k : keyed) {
            Row r = k.row();
            if (matchesAll(wanted, k.keys())) {
                if (r.value() == null) {
                    throw InputException.at(fileName, r.rowNumber(), valueHeader, "the factor \"" + s.label()
                            + "\" is not a number: \"" + r.rawValue() + "\"");
                }
                found.add(r);
            }
        }
        return found;
    }

    private static List<String> normalised(List<String> alternatives) {
        return alternatives == null ? List.of() : alternatives.stream().map(EricLayout::normalise).toList();
    }

    /** Whether each key is one of its alternatives; an empty list of alternatives matches any key. */
    private static boolean matchesAll(List<List<String>> alternatives, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!alternatives.get(i).isEmpty() && !alternatives.get(i).contains(keys.get(i))) return false;
        }
        return true;
    }
}
