package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every workbook writer needs: the figures (earlier years' through its trends), the indicator definitions, names
 * of areas and the version.
 */
record ExcelContext(FiguresIndex index, List<IndicatorDefinition> indicators, OrgRegistry registry, List<String> factorNotes,
                    String version) {

    Map<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : indicators) m.put(d.id(), d);
        return m;
    }

    /** The ids of the headline indicators: the only ones a headline total adds. */
    java.util.Set<String> headline() {
        return IndicatorDefinition.headlineIds(indicators);
    }

    String icsName(String code) {
        return registry.icb(code).map(a -> OrgNames.display(a.name())).orElse("");
    }

    String regionName(String code) {
        return registry.region(code).map(a -> OrgNames.display(a.name())).orElse("");
    }
}
