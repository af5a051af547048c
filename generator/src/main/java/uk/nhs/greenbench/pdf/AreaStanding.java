package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
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
 * region's and England's, the median of its level, a spine chart and its rank. England, which has no level to stand
 * in, is placed against its ICSs (unranked: it is not one of them).
 */
final class AreaStanding {
    private AreaStanding() {
    }

    /** Puts StandingHeading, StandingGroup, StandingShowRegion, StandingShowEngland and StandingRows into the parameters. */
    static void addTo(Map<String, Object> params, FiguresIndex index, OrgRef area, List<IndicatorDefinition> indicators) {
        boolean ics = area.level() == Level.ICS;
        boolean england = area.level() == Level.NATIONAL;
        String group = area.level() == Level.REGION ? "regions" : "ICSs";
        List<Map<String, ?>> rows = rows(index, area, indicators.stream().filter(d -> !d.isReadiness()).toList(), ics, group, england);
        List<Map<String, ?>> readiness = rows(index, area, indicators.stream().filter(IndicatorDefinition::isReadiness).toList(), ics, group, england);
        params.put("ReadinessHeading", readiness.isEmpty() ? null : "Net Zero readiness");
        params.put("ReadinessIntro", readiness.isEmpty() ? null : "ERIC's Net Zero questions (asked since 2021/22): heat decarbonisation plans, "
                + "fossil heating replacement, heat pumps, LED lighting, metering, electric vehicle charging, solar generation and food waste. "
                + (england ? "England beside its ICSs" : "Where " + (ics ? "the ICS" : "the region") + " stands among all " + group)
                + ": readiness measures are compared, not priced in £ or tCO2e. Every trust's values are on the workbook's Net Zero readiness sheet.");
        params.put("ReadinessRows", new JRMapCollectionDataSource(readiness));
        addStanding(params, area, rows, ics, england, group);
    }

    private static List<Map<String, ?>> rows(FiguresIndex index, OrgRef area, List<IndicatorDefinition> indicators, boolean ics,
                                             String group, boolean england) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (IndicatorDefinition d : indicators) {
            Optional<FigureRow> own = index.standing(area, d.id());
            if (own.isEmpty() || own.get().notSupplied() || own.get().value() == null) continue;
            FigureRow r = own.get();
            if (england && r.benchmark().median() == null) continue;
            rows.add(row(r, d, index, area, ics, group, england));
        }
        return rows;
    }

    private static void addStanding(Map<String, Object> params, OrgRef area, List<Map<String, ?>> rows, boolean ics, boolean england, String group) {
        params.put("StandingHeading", rows.isEmpty() ? null : england ? "England beside its ICSs" : "Where it stands among all " + group);
        params.put("StandingGroup", group);
        params.put("StandingShowRegion", ics);
        params.put("StandingShowEngland", !england);
        params.put("StandingRows", new JRMapCollectionDataSource(rows));
        params.put("TableNote", "Bars: the worst " + (area.level() == Level.REGION ? "region" : "ICS") + " (left) to the best (right), dark band the middle half, line the median, dot "
                + (england ? "England" : "this " + (ics ? "ICS" : "region")) + " (" + SpineChart.DOT_KEY + ").");
    }

    private static Map<String, ?> row(FigureRow r, IndicatorDefinition d, FiguresIndex index, OrgRef area, boolean ics, String group, boolean england) {
        Double m = r.benchmark().median() != null ? r.benchmark().median() : r.value();
        QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicatorTitle", d.title());
        row.put("value", Formats.cell(Formats.value(r.value(), m)));
        row.put("unit", r.unit());
        row.put("region", ics ? value(index.row(Level.REGION, area.regionCode(), d.id()), m) : "");
        row.put("england", value(index.row(Level.NATIONAL, AreaRollup.NATIONAL_CODE, d.id()), m));
        row.put("median", Formats.cell(Formats.value(r.benchmark().median(), m)));
        boolean low = d.polarity() == Polarity.LOW_IS_GOOD;
        String groupWord = Character.toUpperCase(group.charAt(0)) + group.substring(1);
        row.put("spine", england ? SpineChart.placed(r.value(), r.benchmark(), low, q) : SpineChart.of(r.value(), r.benchmark(), low, q));
        row.put("spineAlt", england ? SpineText.placed(r, d, q, groupWord) : SpineText.of(r, d, q, groupWord));
        row.put("rank", england ? "" : r.benchmark().rank() == null ? Formats.CELL_NOT_AVAILABLE : r.benchmark().rankLabel());
        return row;
    }

    private static String value(Optional<FigureRow> row, Double typical) {
        return Formats.cell(Formats.value(row.map(FigureRow::value).orElse(null), typical));
    }
}
