package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CarbonPath;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes carbon-paths.csv, long form: one row per organisation and year from the data year to 2040, with the estates
 * carbon under each scenario and the Net Zero path, so any organisation's chart can be redrawn from it.
 */
public final class CarbonPathsCsvWriter {
    public static final List<String> COLUMNS = List.of("level", "code", "name", "peer_group", "ics_code", "region_code",
            "year", "grid_only_tco2e", "with_growth_tco2e", "electrified_tco2e", "with_savings_tco2e", "net_zero_path_tco2e",
            "demand_growth_pct", "savings_share", "assessed_fossil_share");

    private CarbonPathsCsvWriter() {
    }

    public static void write(Capacity capacity, Path file) throws IOException {
        List<CarbonPath> paths = new ArrayList<>(capacity.paths().values());
        paths.sort(Comparator.comparing((CarbonPath p) -> p.org().level()).thenComparing(p -> p.org().code()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord(COLUMNS);
            for (CarbonPath p : paths) {
                for (CarbonPath.Point y : p.points()) {
                    List<String> v = new ArrayList<>(COLUMNS.size());
                    Cells.who(v, p.org());
                    v.add(String.valueOf(y.year()));
                    v.add(Cells.number(y.gridOnlyT()));
                    v.add(Cells.number(y.withGrowthT()));
                    v.add(Cells.number(y.electrifiedT()));
                    v.add(Cells.number(y.withSavingsT()));
                    v.add(Cells.number(y.netZeroT()));
                    v.add(Cells.number(p.growthPct()));
                    v.add(Cells.number(p.savingsShare()));
                    v.add(Cells.number(p.electrifiable()));
                    csv.printRecord(v);
                }
            }
        }
    }
}
