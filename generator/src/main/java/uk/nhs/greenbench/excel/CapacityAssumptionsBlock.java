package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.xlsx.Ref;
import uk.nhs.greenbench.xlsx.Workbook;

import java.util.List;

/**
 * The capacity and demand inputs on the Assumptions sheet: each a yellow, named cell ({@code cap_power_factor}) with its
 * source, the full-load hours worked from them, and the grid trajectory's points. The Capacity and demand sheet's
 * formulas read these names, so changing one recomputes its verdicts and paths.
 */
final class CapacityAssumptionsBlock {
    static final String FULL_LOAD_HOURS = "cap_full_load_hours";

    private CapacityAssumptionsBlock() {
    }

    static String name(String id) {
        return ExcelNames.of("cap", id);
    }

    static String gridYear(int i) {
        return "cap_grid_year_" + (i + 1);
    }

    static String gridValue(int i) {
        return "cap_grid_g_" + (i + 1);
    }

    /** Writes the block from {@code r}; returns the next free row. */
    static int write(Workbook wb, SheetWriter w, int r, Capacity capacity) {
        Styles s = w.styles();
        w.text(r++, 0, "Capacity and demand (the Capacity and demand sheet)", s.label);
        CapacityAssumptions a = capacity.assumptions();
        if (a == null || !capacity.computed()) {
            w.text(r++, 0, capacity.notComputed(), s.noteLine);
            return r + 1;
        }
        w.headers(r++, 0, "Input", "What it is", "", "Value", "Unit", "", "Source");
        for (CapacityAssumptions.Input i : a.inputs()) {
            w.text(r, 0, i.id(), s.text);
            w.text(r, 1, i.title(), s.wrap);
            w.number(r, 3, i.value(), s.input.withFormat(i.unit().equals("year") ? "0" : "#,##0.00"));
            w.text(r, 4, i.unit(), s.text);
            w.text(r, 6, i.source(), s.note);
            wb.define(name(i.id()), AssumptionsSheet.NAME, r, 3);
            r++;
        }
        w.text(r, 0, "full_load_hours", s.text);
        w.text(r, 1, "Full-load heating hours: 24 × degree days ÷ (base − design temperature)", s.wrap);
        w.formula(r, 3, "24*" + name(CapacityAssumptions.DEGREE_DAYS) + "/(" + name(CapacityAssumptions.BASE_TEMPERATURE) + "-"
                + name(CapacityAssumptions.DESIGN_TEMPERATURE) + ")", a.fullLoadHours(), s.integer);
        w.text(r, 4, "hours", s.text);
        w.text(r, 6, "Worked from the three inputs above.", s.note);
        wb.define(FULL_LOAD_HOURS, AssumptionsSheet.NAME, r, 3);
        r += 2;
        w.text(r++, 0, a.grid().title() + " (" + a.grid().unit() + "): straight lines between the points, the last held after it", s.label);
        w.headers(r++, 0, "Point", "Year", "", a.grid().unit(), "", "", "Source");
        List<CapacityAssumptions.Grid.Point> points = a.grid().points();
        for (int i = 0; i < points.size(); i++) {
            w.text(r, 0, "grid point " + (i + 1), s.text);
            w.number(r, 1, (double) points.get(i).year(), s.input.withFormat("0"));
            w.number(r, 3, points.get(i).value(), s.input.withFormat("#,##0"));
            if (i == 0) w.text(r, 6, a.grid().source(), s.note);
            wb.define(gridYear(i), AssumptionsSheet.NAME, r, 1);
            wb.define(gridValue(i), AssumptionsSheet.NAME, r, 3);
            r++;
        }
        for (String note : a.notes()) w.text(r++, 0, note, s.noteLine);
        return r + 1;
    }

    /** The grid intensity of the year in {@code yearCell}: straight lines between the named points, the last held. */
    static String gridIntensity(String yearCell, int points) {
        StringBuilder f = new StringBuilder();
        f.append("IF(").append(yearCell).append("<=").append(gridYear(0)).append(",").append(gridValue(0)).append(",");
        for (int i = 1; i < points; i++) {
            String y0 = gridYear(i - 1), y1 = gridYear(i), v0 = gridValue(i - 1), v1 = gridValue(i);
            f.append("IF(").append(yearCell).append("<=").append(y1).append(",").append(v0).append("+(").append(v1).append("-")
                    .append(v0).append(")*(").append(yearCell).append("-").append(y0).append(")/(").append(y1).append("-")
                    .append(y0).append("),");
        }
        f.append(gridValue(points - 1));
        f.append(")".repeat(points));
        return f.toString();
    }

    /** Share done by the year in {@code yearCell} of a change made in equal steps from the year after {@code from} to {@code by}. */
    static String phase(String yearCell, String fromCell, String by) {
        return "IF(" + yearCell + "<=" + fromCell + ",0,IF(" + by + "<=" + fromCell + "+1,1,MIN(1,(" + yearCell + "-" + fromCell
                + ")/(" + by + "-" + fromCell + "))))";
    }

    static String abs(int row, int col) {
        return Ref.absolute(row, col);
    }
}
