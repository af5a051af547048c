package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.opportunity.AreaRollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an ICS stands among all ICSs, or a region among all regions, indicator by indicator: its value beside its
 * region's and England's, the median of its level, a spine chart and its rank. England has no level to stand in.
 */
final class AreaStanding {
    private AreaStanding() {
    }

    /** Puts StandingHeading, StandingGroup, StandingShowRegion and StandingRows into the report's parameters. */
    static void addTo(Map<String, Object> params, FiguresIndex index, OrgRef area, List<IndicatorDefinition> indicators) {
        boolean ics = area.level() == Level.ICS;
        String group = ics ? "ICSs" : "regions";
        List<Map<String, ?>> rows = new ArrayList<>();
        if (area.level() == Level.ICS || area.level() == Level.REGION) {
            for (IndicatorDefinition d : indicators) {
                Optional<FigureRow> own = index.row(area.level(), area.code(), d.id());
                if (own.isEmpty() || own.get().notSupplied() || own.get().value() == null) continue;
                rows.add(row(own.get(), d, index, area, ics, group));
            }
        }
        params.put("StandingHeading", rows.isEmpty() ? null : "Where it stands among all " + group);
        params.put("StandingGroup", group);
        params.put("StandingShowRegion", ics);
        params.put("StandingRows", new JRMapCollectionDataSource(rows));
    }

    private static Map<String, ?> row(FigureRow r, IndicatorDefinition d, FiguresIndex index, OrgRef area, boolean ics, String group) {
        Double m = r.benchmark().median() != null ? r.benchmark().median() : r.value();
        QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorTitle", d.title());
        row.put("value", Formats.cell(Formats.value(r.value(), m)));
        row.put("unit", r.unit());
        row.put("region", ics ? value(index.row(Level.REGION, area.regionCode(), d.id()), m) : "");
        row.put("england", value(index.row(Level.NATIONAL, AreaRollup.NATIONAL_CODE, d.id()), m));
        row.put("median", Formats.cell(Formats.value(r.benchmark().median(), m)));
        row.put("spine", SpineChart.of(r.value(), r.benchmark(), d.polarity() == Polarity.LOW_IS_GOOD, q));
        row.put("spineAlt", SpineText.of(r, d, q, Character.toUpperCase(group.charAt(0)) + group.substring(1)));
        row.put("rank", r.benchmark().rank() == null ? Formats.CELL_NOT_AVAILABLE : r.benchmark().rank() + " of " + r.benchmark().peerN());
        return row;
    }

    private static String value(Optional<FigureRow> row, Double typical) {
        return Formats.cell(Formats.value(row.map(FigureRow::value).orElse(null), typical));
    }
}
