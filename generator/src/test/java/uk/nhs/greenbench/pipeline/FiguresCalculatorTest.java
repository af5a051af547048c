package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.Fixtures;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.model.FigureRow;
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

    private static FigureRow row(Figures f, Level level, String code) {
        return f.rows().stream().filter(r -> r.indicator().equals("water-intensity") && r.org().level().equals(level)
                && r.org().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void benchmarksAreThePeerMedianAndBestQuartile() {
        FigureRow r = row(compute(), Level.TRUST, "RJ2");
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
        FigureRow r = row(compute(), Level.TRUST, "RRU");
        assertThat(r.benchmark().peerN()).isEqualTo(8);
        assertThat(r.benchmark().basis()).startsWith("national");
        assertThat(r.has(Flag.Code.PEER_FALLBACK_NATIONAL)).isTrue();
    }

    @Test
    void areasAreRatiosOfSumsAndAddSavingsOverTheSameTrusts() {
        Figures f = compute();
        FigureRow nation = row(f, Level.NATIONAL, "ENG");
        assertThat(nation.value()).isCloseTo((21000 + 550) / 6200.0, within(1e-12));
        assertThat(nation.members()).isEqualTo(8);
        List<FigureRow> trusts = f.rowsAt(Level.TRUST).stream().filter(r -> r.indicator().equals("water-intensity")).toList();
        double gbp = trusts.stream().mapToDouble(r -> r.typical().gbp() == null ? 0 : r.typical().gbp()).sum();
        double t = trusts.stream().mapToDouble(r -> r.typical().tco2e() == null ? 0 : r.typical().tco2e()).sum();
        assertThat(nation.typical().gbp()).isCloseTo(gbp, within(1e-6));
        assertThat(nation.typical().tco2e()).isCloseTo(t, within(1e-9));
        assertThat(f.rowsAt(Level.REGION)).isNotEmpty();
        assertThat(f.rowsAt(Level.ICS)).isNotEmpty();
    }

    /** Eight acute trusts with water of 1..8 m³/m², and a ninth reporting 600 m³/m² (litres for m³, say). */
    private Figures computeWithAUnitError(double tenthTrustPrice) {
        List<SiteRecord> rows = new ArrayList<>();
        String[] acute = {"RAL", "RAP", "RAS", "RAX", "RJ1", "RJ2", "RJ6", "RJ7"};
        for (int i = 0; i < acute.length; i++) {
            rows.add(site(acute[i], "ACUTE - SMALL", acute[i] + "01", i + 2, "gia_m2", 1000, "water_m3", 1000 * (i + 1), "water_cost_gbp", 2000 * (i + 1)));
        }
        rows.add(site("RJZ", "ACUTE - SMALL", "RJZ01", 12, "gia_m2", 1000, "water_m3", 600_000, "water_cost_gbp", 9000));
        rows.add(site("RYJ", "ACUTE - SMALL", "RYJ01", 13, "gia_m2", 1000, "water_m3", 7000, "water_cost_gbp", 7000 * tenthTrustPrice));
        return Fixtures.figures("2019-20", rows);
    }

    @Test
    void aLikelyUnitErrorIsShownButLeftOutOfQuartilesAreaSumsAndSavings() {
        Figures f = computeWithAUnitError(2);
        FigureRow bad = row(f, Level.TRUST, "RJZ");
        assertThat(bad.value()).isEqualTo(600.0);
        assertThat(bad.excluded()).isTrue();
        assertThat(bad.qualityFlags()).contains("unit_error_likely(robust z");
        assertThat(bad.typical()).isEqualTo(uk.nhs.greenbench.model.Saving.NONE);
        assertThat(bad.benchmark().rank()).isNull();
        // The nine other values 1..8 and 7: median 5, and the bad value is in no trust's distribution.
        assertThat(row(f, Level.TRUST, "RAL").benchmark().peerN()).isEqualTo(9);
        assertThat(row(f, Level.TRUST, "RAL").benchmark().median()).isEqualTo(5.0);
        FigureRow nation = row(f, Level.NATIONAL, "ENG");
        assertThat(nation.value()).isCloseTo((36000 + 7000) / 9000.0, within(1e-12));
        assertThat(nation.flags()).contains(Flag.of(Flag.Code.MEMBERS_UNIT_ERROR_LIKELY, "1 left out"));
        assertThat(f.issues()).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("unit_error_likely");
            assertThat(i.orgCode()).isEqualTo("RJZ");
        });
    }

    @Test
    void anOrdinaryOutlierIsFlaggedAndStillUsed() {
        List<SiteRecord> rows = new ArrayList<>();
        String[] acute = {"RAL", "RAP", "RAS", "RAX", "RJ1", "RJ2", "RJ6", "RJ7"};
        for (int i = 0; i < acute.length; i++) {
            rows.add(site(acute[i], "ACUTE - SMALL", acute[i] + "01", i + 2, "gia_m2", 1000, "water_m3", 1000 * (4 + i % 3), "water_cost_gbp", 8000));
        }
        rows.add(site("RJZ", "ACUTE - SMALL", "RJZ01", 12, "gia_m2", 1000, "water_m3", 12_000, "water_cost_gbp", 24000));
        Figures f = Fixtures.figures("2019-20", rows);
        FigureRow high = row(f, Level.TRUST, "RJZ");
        assertThat(high.qualityFlags()).contains("outlier(robust z");
        assertThat(high.excluded()).isFalse();
        assertThat(high.typical().gbp()).isPositive();
        assertThat(row(f, Level.TRUST, "RAL").benchmark().peerN()).isEqualTo(9);
    }

    @Test
    void anOwnPriceFiveTimesItsPeersIsReplacedByTheirMedianAndFlagged() {
        Figures f = computeWithAUnitError(40);
        FigureRow dear = row(f, Level.TRUST, "RYJ");
        assertThat(dear.qualityFlags()).contains("unit_price_implausible(own 40");
        assertThat(dear.pricing().cost().basis()).isEqualTo("peer median");
        assertThat(dear.pricing().cost().value()).isEqualTo(2.0);
        FigureRow usual = row(computeWithAUnitError(3), Level.TRUST, "RYJ");
        assertThat(usual.pricing().cost().value()).isEqualTo(3.0);
        assertThat(usual.has(Flag.Code.UNIT_PRICE_IMPLAUSIBLE)).isFalse();
    }

    @Test
    void aTrustTheRegistryDoesNotKnowIsKeptFlaggedAndListed() {
        Figures f = Fixtures.figures("2019-20", List.of(site("ZZZ99", "ACUTE - SMALL", "ZZZ9901", 2, "gia_m2", 1000, "water_m3", 1000)));
        FigureRow r = row(f, Level.TRUST, "ZZZ99");
        assertThat(r.flags()).contains(Flag.of(Flag.Code.UNKNOWN_TRUST));
        assertThat(r.org().regionCode()).isEqualTo("Y56");
        assertThat(f.issues()).anySatisfy(i -> assertThat(i.code() + " " + i.orgCode()).isEqualTo("unknown_trust ZZZ99"));
    }
}
