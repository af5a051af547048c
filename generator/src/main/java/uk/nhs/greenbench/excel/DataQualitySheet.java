package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.FlagGlossary;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.List;

/** The Data quality sheet: the flags on the organisation's figures, with what each means, and the findings behind them. */
final class DataQualitySheet {
    private DataQualitySheet() {
    }

    static void write(Workbook wb, Styles s, List<FigureRow> rows, List<QualityIssue> issues, FlagGlossary glossary) {
        Sheet sheet = wb.sheet("Data quality");
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(10, 30, 34, 90);
        w.text(0, 0, "Data quality", s.title);
        w.text(1, 0, "Flags on the figures in this workbook and the findings behind them (all findings are in data-quality.csv).", s.subtitle);
        int r = 3;
        int header = r;
        w.headers(r++, 0, "Code", "Indicator", "Flag", "What it means / finding");
        for (FigureRow row : rows) {
            for (Flag f : row.flags()) {
                w.finishedBefore(r);
                w.text(r, 0, row.org().code(), s.text);
                w.text(r, 1, row.indicator(), s.text);
                w.text(r, 2, f.toString(), s.text);
                w.text(r++, 3, glossary.meaning(f), s.wrap);
            }
        }
        for (QualityIssue i : issues) {
            w.finishedBefore(r);
            w.text(r, 0, i.orgCode(), s.text);
            w.text(r, 1, i.indicator(), s.text);
            w.text(r, 2, i.code(), s.text);
            w.text(r++, 3, i.message() + (i.source().isEmpty() ? "" : " [" + i.source() + "]"), s.wrap);
        }
        if (r == header + 1) w.text(r++, 0, "No data-quality flags.", s.text);
        sheet.freeze(0, header + 1);
        sheet.autoFilter(header, 0, Math.max(header, r - 1), 3);
        sheet.print(true);
    }
}
