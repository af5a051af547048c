package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Peers sheet: the data of every trust this trust was compared with, as an Excel table (filters, frozen
 * header), with each indicator's value, numerator and denominator. A check row above the table recomputes
 * each peer median with PERCENTILE over the value column, so a reader can see it equals the median shown.
 */
final class PeersSheet {
    private PeersSheet() {
    }

    static void write(Workbook wb, Styles s, FigureRow[] trustRows, FiguresIndex index, Map<String, IndicatorDefinition> defs) {
        Sheet sheet = wb.sheet("Peers");
        SheetWriter w = new SheetWriter(sheet, s);
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<String, FigureRow>> byIndicator = new HashMap<>();
        List<FigureRow> compared = new ArrayList<>();
        for (FigureRow row : trustRows) {
            if (row.value() == null) continue;
            compared.add(row);
            Map<String, FigureRow> m = new HashMap<>();
            for (FigureRow p : index.comparators(row, defs.get(row.indicator()).polarity() == Polarity.LOW_IS_GOOD)) {
                m.put(p.org().code(), p);
                names.put(p.org().code(), OrgNames.display(p.org().name()));
            }
            byIndicator.put(row.indicator(), m);
        }
        w.text(0, 0, "The trusts compared, with the figures behind each value", s.title);
        w.text(1, 0, "Check row: PERCENTILE(value column, 0.5) over the table (same as Excel's PERCENTILE.INC); it equals the peer median on the Summary.", s.noteLine);
        int headerRow = 3;
        List<String> headers = new ArrayList<>(List.of("Code", "Trust", "Peer group"));
        for (FigureRow row : compared) {
            String t = defs.get(row.indicator()).title();
            headers.add(t + " (" + row.unit() + ")");
            headers.add(t + ": numerator");
            headers.add(t + ": denominator");
        }
        w.headers(headerRow, 0, headers.toArray(String[]::new));
        // The check row and the table are set before the table's rows: those leave memory as they are finished (with too
        // few comparators an indicator is compared with every trust in England), and the table's header must stay readable.
        int last = Math.max(headerRow + names.size(), headerRow + 1);
        w.text(2, 2, "Median (check)", s.label);
        for (int i = 0; i < compared.size(); i++) {
            int col = 3 + i * 3;
            String letter = uk.nhs.greenbench.xlsx.Ref.col(col);
            w.formula(2, col, "PERCENTILE(" + letter + (headerRow + 2) + ":" + letter + (last + 1) + ",0.5)",
                    compared.get(i).benchmark().median(), s.forMagnitude(compared.get(i).benchmark().median()));
        }
        if (!names.isEmpty()) {
            sheet.table(new Sheet.Table("PeerData", headerRow, 0, last, headers.size() - 1));
        }
        int r = headerRow + 1;
        Map<String, String> groups = new HashMap<>();
        for (FigureRow row : compared) for (FigureRow p : byIndicator.get(row.indicator()).values()) groups.put(p.org().code(), p.org().peerGroup());
        for (Map.Entry<String, String> e : names.entrySet()) {
            w.finishedBefore(r);
            w.text(r, 0, e.getKey(), s.text);
            w.text(r, 1, e.getValue(), s.text);
            w.text(r, 2, groups.getOrDefault(e.getKey(), ""), s.text);
            int c = 3;
            for (FigureRow row : compared) {
                FigureRow p = byIndicator.get(row.indicator()).get(e.getKey());
                if (p != null) {
                    w.number(r, c, p.value(), s.forMagnitude(row.benchmark().median()));
                    w.number(r, c + 1, p.numerator(), s.integer);
                    w.number(r, c + 2, p.denominator(), s.integer);
                }
                c += 3;
            }
            r++;
        }
        w.widths(8, 52, 22);
        for (int c = 3; c < headers.size(); c++) sheet.width(c, 16);
        sheet.freeze(2, headerRow + 1);
        sheet.print(true);
        sheet.repeatRows(headerRow, headerRow);
    }
}
