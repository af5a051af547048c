package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The MDI share measured for ICBs, worked by hand: six ICBs at 10% to 60% MDIs of 1,000 inhaler items each, compared
 * with all ICBs (median 35%, best quartile 22.5% by R-7), the saving as MDIs switched at 20 − 1 kgCO2e an inhaler,
 * regions and England as ratios of their ICBs' sums and sums of their ICBs' savings.
 */
class IcsIndicatorCalculatorTest {
    private static final String YEAR = "2023-24";
    private final OrgRegistry registry = TestProject.project().registry();
    private final FactorSet factors = TestProject.project().factors().forYear(YEAR);
    private final IndicatorDefinition mdi = TestProject.project().indicators().all().stream()
            .filter(d -> d.id().equals("mdi-share")).findFirst().orElseThrow();

    /** The first six ICBs by code, at 10%, 20% … 60% MDIs; the last with nine months only. */
    private Map<String, PrescribingFile.IcbYear> sixIcbs() {
        Map<String, PrescribingFile.IcbYear> data = new LinkedHashMap<>();
        int i = 0;
        for (String icb : registry.icbs().keySet().stream().sorted().limit(6).toList()) {
            i++;
            data.put(icb, new PrescribingFile.IcbYear(YEAR, icb, 100.0 * i, 1000, i == 6 ? 9 : 12, "p.csv rows " + i));
        }
        return data;
    }

    private List<FigureRow> compute(Map<String, PrescribingFile.IcbYear> data, List<QualityIssue> issues) {
        return new IcsIndicatorCalculator(registry).compute(YEAR, mdi, data, factors, issues);
    }

    private static Map<String, FigureRow> byCode(List<FigureRow> rows, Level level) {
        return rows.stream().filter(r -> r.org().level() == level).collect(Collectors.toMap(r -> r.org().code(), Function.identity()));
    }

    @Test
    void eachIcbIsComparedWithAllIcbsAndSavesTheMdisItWouldSwitchAtTheMedian() {
        List<QualityIssue> issues = new ArrayList<>();
        Map<String, PrescribingFile.IcbYear> data = sixIcbs();
        Map<String, FigureRow> icbs = byCode(compute(data, issues), Level.ICS);
        assertThat(icbs).hasSize(registry.icbs().size());
        List<String> codes = new ArrayList<>(data.keySet());
        double mdiKg = factors.get("inhaler_mdi").orElseThrow().value(), dpiKg = factors.get("inhaler_dpi").orElseThrow().value();
        assertThat(mdiKg - dpiKg).isCloseTo(19, within(1e-9));
        for (int i = 0; i < 6; i++) {
            FigureRow r = icbs.get(codes.get(i));
            double share = 10.0 * (i + 1);
            assertThat(r.value()).isCloseTo(share, within(1e-9));
            assertThat(r.benchmark().median()).isCloseTo(35, within(1e-9));
            assertThat(r.benchmark().q1()).isCloseTo(22.5, within(1e-9));
            assertThat(r.benchmark().peerN()).isEqualTo(6);
            // Items switched = (share − 35) ÷ 100 × 1,000 inhalers, none when already below the median.
            double items = Math.max(0, share - 35) / 100 * 1000;
            assertThat(r.typical().units()).as(r.org().code()).isCloseTo(items, within(1e-9));
            assertThat(r.typical().tco2e()).isCloseTo(items * (mdiKg - dpiKg) / 1000, within(1e-9));
            assertThat(r.typical().gbp()).as("not priced in £").isNull();
            assertThat(r.stretch().units()).isCloseTo(Math.max(0, share - 22.5) / 100 * 1000, within(1e-9));
        }
        FigureRow partial = icbs.get(codes.get(5));
        assertThat(partial.flags()).contains(Flag.of(Flag.Code.PARTIAL_YEAR, "9 of 12 months"));
        assertThat(issues).anySatisfy(q -> {
            assertThat(q.code()).isEqualTo("partial_year");
            assertThat(q.orgCode()).isEqualTo(codes.get(5));
        });
        FigureRow without = icbs.values().stream().filter(r -> !data.containsKey(r.org().code())).findFirst().orElseThrow();
        assertThat(without.value()).isNull();
        assertThat(without.notSupplied()).isTrue();
    }

    @Test
    void regionsAndEnglandAreTheRatioOfTheirIcbsSumsAndAddOnlyTheirIcbsSavings() {
        List<FigureRow> rows = compute(sixIcbs(), new ArrayList<>());
        Map<String, FigureRow> icbs = byCode(rows, Level.ICS);
        FigureRow england = byCode(rows, Level.NATIONAL).values().iterator().next();
        // (100 + 200 + … + 600) ÷ 6,000 items; the ICBs above the median switch 50 + 150 + 250 items.
        assertThat(england.value()).isCloseTo(35, within(1e-9));
        assertThat(england.typical().units()).isCloseTo(450, within(1e-9));
        assertThat(england.notSupplied()).isFalse();
        for (FigureRow region : byCode(rows, Level.REGION).values()) {
            List<FigureRow> members = icbs.values().stream().filter(r -> r.org().regionCode().equals(region.org().code())).toList();
            double mdiItems = members.stream().filter(r -> r.value() != null).mapToDouble(FigureRow::numerator).sum();
            double allItems = members.stream().filter(r -> r.value() != null).mapToDouble(FigureRow::denominator).sum();
            if (allItems == 0) {
                assertThat(region.value()).as(region.org().code()).isNull();
                assertThat(region.notSupplied()).as(region.org().code() + " has no ICB supplied").isTrue();
                continue;
            }
            assertThat(region.value()).as(region.org().code()).isCloseTo(mdiItems / allItems * 100, within(1e-9));
            double switched = members.stream().filter(r -> r.typical().units() != null).mapToDouble(r -> r.typical().units()).sum();
            assertThat(region.typical().units()).isCloseTo(switched, within(1e-9));
        }
    }

    @Test
    void withFewerIcbsThanAPeerGroupNeedsThereIsNoBenchmarkAndNoSaving() {
        Map<String, PrescribingFile.IcbYear> four = new LinkedHashMap<>();
        sixIcbs().entrySet().stream().limit(4).forEach(e -> four.put(e.getKey(), e.getValue()));
        List<FigureRow> withValue = byCode(compute(four, new ArrayList<>()), Level.ICS).values().stream().filter(r -> r.value() != null).toList();
        assertThat(withValue).hasSize(4);
        for (FigureRow r : withValue) {
            assertThat(r.benchmark().median()).isNull();
            assertThat(r.typical().units()).isNull();
        }
    }

    @Test
    void withoutADownloadEveryIcbRegionAndEnglandSaysNoDataSuppliedAndOneFindingSaysHowToSupplyIt() {
        List<QualityIssue> issues = new ArrayList<>();
        List<FigureRow> rows = compute(Map.of(), issues);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value()).isNull();
            assertThat(r.notSupplied()).as(r.org().level() + " " + r.org().code()).isTrue();
        });
        assertThat(rows.stream().map(r -> r.org().level()).distinct()).contains(Level.ICS, Level.REGION, Level.NATIONAL);
        assertThat(issues).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("not_supplied");
            assertThat(q.message()).contains("--prescribing");
        });
    }
}
