package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every report needs: the year's figures (earlier years' through its trends), definitions, narrative templates, texts. */
record ReportContext(FiguresIndex index, List<IndicatorDefinition> indicators,
                     OrgRegistry registry, Narrative narrative, String version, List<String> factorNotes) {
    Map<String, IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : indicators) m.put(d.id(), d);
        return m;
    }

    Set<String> headline() {
        return IndicatorDefinition.headlineIds(indicators);
    }

    /** The methodology appendix for the indicators a report shows: those no member supplied are only named, not described. */
    String methodology(Set<String> notShown) {
        var figures = index.figures();
        return ReportText.methodology(indicators.stream().filter(d -> !notShown.contains(d.id())).toList(), figures.factors(),
                figures.peers(), figures.checks(), factorNotes);
    }

    String year() {
        return index.figures().year();
    }
}
