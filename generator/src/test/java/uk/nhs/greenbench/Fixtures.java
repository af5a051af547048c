package uk.nhs.greenbench;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.ingest.EricFile;
import uk.nhs.greenbench.ingest.SourceTable;
import uk.nhs.greenbench.pipeline.FiguresCalculator;
import uk.nhs.greenbench.pipeline.YearSums;
import uk.nhs.greenbench.ingest.EricLayout;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small synthetic inputs for unit tests (the names say they are synthetic). */
public final class Fixtures {
    private Fixtures() {
    }

    public static IndicatorDefinition indicator(String id) {
        return TestProject.project().indicators().all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** A site row of a synthetic trust; measures given as alternating id, value pairs. */
    public static SiteRecord site(String trust, String type, String siteCode, int row, Object... measures) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < measures.length; i += 2) m.put((String) measures[i], ((Number) measures[i + 1]).doubleValue());
        return new SiteRecord(trust, "SYNTHETIC TRUST " + trust, "LONDON COMMISSIONING REGION", type, siteCode,
                "Synthetic site " + siteCode, "General acute hospital", m, "synthetic.csv, row " + row);
    }

    /** The figures of a year computed from site rows, as if they were read from one 2019/20-layout site file. */
    public static Figures figures(String year, List<SiteRecord> records) {
        EricLayout layout = TestProject.project().layouts().all().stream().filter(l -> l.id().equals("eric-site-2019-20"))
                .findFirst().orElseThrow();
        FiguresCalculator calculator = new FiguresCalculator(TestProject.project().registry(), TestProject.project().indicators(), TestProject.project().checks());
        YearSums sums = new YearSums(TestProject.project().indicators().forYear(year), TestProject.project().factors().forYear(year));
        records.forEach(sums.sink(layout));
        sums.fileRead(new EricFile("synthetic.csv", "0", layout, "UTF-8", records.size(), List.of()));
        return calculator.compute(year, sums, List.of());
    }

    /** All the data rows of a table, in order. */
    public static List<SourceTable.Row> rows(SourceTable table) {
        List<SourceTable.Row> rows = new ArrayList<>();
        table.rows().forEach(rows::add);
        return rows;
    }
}
