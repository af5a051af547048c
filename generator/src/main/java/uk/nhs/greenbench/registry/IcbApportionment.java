package uk.nhs.greenbench.registry;

import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.SourceTable;
import uk.nhs.greenbench.ingest.WorkbookTableReader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS England's one-ICB-per-trust assignment (ODS "ICB partners" workbook, sheet "ICB Financial Apportionment"):
 * the ICB each trust is planned, funded and reported under. The ODS etr file places a trust by its head-office
 * postcode instead, which puts e.g. Oxleas (RPG) in Kent and Medway rather than South East London.
 */
final class IcbApportionment {
    static final String SHEET = "ICB Financial Apportionment";
    private static final Pattern REGION = Pattern.compile("\\((Y\\d{2})\\)");

    /** One trust's assignment. */
    record Entry(String trustCode, String trustName, String icbCode, String regionCode, int row) {
    }

    private IcbApportionment() {
    }

    /** Trust code → its ICB and region, in the order of the sheet. */
    static Map<String, Entry> read(Path file) {
        SourceTable t = WorkbookTableReader.readWithHeaderContaining(file, SHEET, "ODS Trust Code", 10);
        int trust = column(t, "ODS Trust Code"), icb = column(t, "ODS ICB Code"), region = column(t, "NHS England Region"),
                name = column(t, "NHS Trusts");
        Map<String, Entry> out = new LinkedHashMap<>();
        t.rows().forEach(r -> {
            String code = r.cell(trust).trim();
            if (code.isEmpty()) return;
            String icbCode = r.cell(icb).trim();
            Matcher m = REGION.matcher(r.cell(region));
            if (icbCode.isEmpty() || !m.find()) {
                throw InputException.at(t.displayName(), r.number(), icbCode.isEmpty() ? "ODS ICB Code" : "NHS England Region",
                        "expected an ICB code and a region such as \"London (Y56)\"");
            }
            if (out.containsKey(code)) {
                throw InputException.at(t.displayName(), r.number(), "ODS Trust Code", code + " is assigned twice (first on row " + out.get(code).row() + ")");
            }
            out.put(code, new Entry(code, r.cell(name).trim(), icbCode, m.group(1), r.number()));
        });
        return out;
    }

    private static int column(SourceTable t, String header) {
        List<String> h = t.headers();
        for (int i = 0; i < h.size(); i++) if (h.get(i).equalsIgnoreCase(header)) return i;
        throw InputException.at(t.displayName(), t.headerRowNumber(), header, "column missing");
    }
}
