package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.Fixtures;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.figures.FigureRow;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.Fixtures.site;

class FiguresCalculatorTest {
    /** Six synthetic acute trusts (codes of real London trusts so the registry places them) and two ambulance trusts. */
    private Figures compute() {
        List<SiteRecord> rows = new ArrayList<>();
        String[] acute = {"RAL", "RAP", "RAS", "RAX", "RJ1", "RJ2"};
        for (int i = 0; i < acute.length; i++) {
            rows.add(site(acute[i], "ACUTE - SMALL", acute[i] + "01", i + 2, "gia_m2", 1000, "water_m3", 1000 * (i + 1), "water_cost_gbp", 2000 * (i + 1)));
        }
        rows.add(site("RRU", "AMBULANCE", "RRU01", 20, "gia_m2", 100, "water_m3", 50, "water_cost_gbp", 100));
        rows.add(site("RYJ", "AMBULANCE", "RYJ01", 21, "gia_m2", 100, "water_m3", 500, "water_cost_gbp", 1000));
        return Fixtures.figures("2019-20", rows);
    }

    private static FigureRow row(Figures f, String level, String code) {
        return f.rows().stream().filter(r -> r.indicator().equals("water-intensity") && r.org().level().equals(level)
                && r.org().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void benchmarksAreThePeerMedianAndBestQuartile() {
        FigureRow r = row(compute(), "trust", "RJ2");
        // peers 1..6 m³/m²: median 3.5, Q1 2.25 (PERCENTILE.INC)
        assertThat(r.value()).isEqualTo(6.0);
        assertThat(r.benchmark().peerN()).isEqualTo(6);
        assertThat(r.benchmark().median()).isEqualTo(3.5);
        assertThat(r.benchmark().q1()).isEqualTo(2.25);
        assertThat(r.benchmark().percentile()).isEqualTo(100.0);
        assertThat(r.typical().units()).isCloseTo(2500, within(1e-9));
        assertThat(r.typical().gbp()).isCloseTo(5000, within(1e-9));
        assertThat(r.stretch().units()).isCloseTo(3750, within(1e-9));
    }

    @Test
    void fewerThanFivePeersFallBackToTheNationalDistributionAndSaySo() {
        FigureRow r = row(compute(), "trust", "RRU");
        assertThat(r.benchmark().peerN()).isEqualTo(8);
        assertThat(r.benchmark().basis()).startsWith("national");
        assertThat(r.flags()).anySatisfy(f -> assertThat(f).startsWith("peer_fallback_national"));
    }

    @Test
    void areasAreRatiosOfSumsAndSumOnlyPositiveSavings() {
        Figures f = compute();
        FigureRow nation = row(f, "national", "ENG");
        assertThat(nation.value()).isCloseTo((21000 + 550) / 6200.0, within(1e-12));
        assertThat(nation.members()).isEqualTo(8);
        double positive = f.rowsAt("trust").stream().filter(r -> r.indicator().equals("water-intensity"))
                .mapToDouble(r -> r.typical().gbp() == null ? 0 : Math.max(0, r.typical().gbp())).sum();
        assertThat(nation.typical().gbp()).isCloseTo(positive, within(1e-6));
        assertThat(f.rowsAt("region")).isNotEmpty();
        assertThat(f.rowsAt("ics")).isNotEmpty();
    }
}
