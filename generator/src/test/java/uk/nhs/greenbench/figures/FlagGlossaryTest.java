package uk.nhs.greenbench.figures;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.Flag;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** One vocabulary of flags, each explained, in the words of the thresholds the run actually used. */
class FlagGlossaryTest {
    private static PlausibilityChecks checks(double outlierZ, double unitErrorZ, double times, double lower, double upper,
                                             double changeZ, double coverage) {
        return new PlausibilityChecks("", new PlausibilityChecks.Outlier(outlierZ, ""), new PlausibilityChecks.UnitError(unitErrorZ, times, ""),
                new PlausibilityChecks.OwnUnitRate(lower, upper, ""), new PlausibilityChecks.TrendChange(changeZ, 0.2, 0.5, 3, ""),
                new PlausibilityChecks.Coverage(coverage, ""));
    }

    @Test
    void everyFlagTheProgramCanWriteHasAMeaning() {
        FlagGlossary glossary = new FlagGlossary(TestProject.project().checks());
        for (Flag.Code c : Flag.Code.values()) assertThat(glossary.meaning(c)).as(c.id()).isNotBlank();
        assertThat(glossary.all().keySet()).containsAll(Arrays.stream(Flag.Code.values()).map(Flag.Code::id).toList())
                .contains("short_row", "negative_cost");
    }

    @Test
    void theMeaningsQuoteThePlausibilityFilesThresholdsNotCopiesOfThem() {
        FlagGlossary glossary = new FlagGlossary(checks(2.5, 8, 20, 0.25, 4, 3, 0.75));
        assertThat(glossary.meaning(Flag.Code.OUTLIER)).contains("beyond 2.5").doesNotContain("3.5");
        assertThat(glossary.meaning(Flag.Code.UNIT_ERROR_LIKELY)).contains("beyond 8", "at least 20 times", "1/20");
        assertThat(glossary.meaning(Flag.Code.UNIT_PRICE_IMPLAUSIBLE)).contains("below 0.25 times or above 4 times");
        assertThat(glossary.meaning(Flag.Code.CHECK_THE_DATA)).contains("beyond 3)");
        assertThat(glossary.meaning(Flag.Code.COVERAGE_PARTIAL)).contains("less than 75%");
    }

    @Test
    void aFlagReadsAsItsCodeWithItsDetailInBrackets() {
        assertThat(Flag.of(Flag.Code.COVERAGE_PARTIAL, "87%")).hasToString("coverage_partial(87%)");
        assertThat(Flag.of(Flag.Code.NOT_PRICED)).hasToString("not_priced");
        assertThat(Flag.join(java.util.List.of(Flag.of(Flag.Code.NO_DATA), Flag.of(Flag.Code.OUTLIER, "robust z 4.0"))))
                .isEqualTo("no_data; outlier(robust z 4.0)");
        Flag mapped = Flag.peerTypeMapped("Care Trust", "Mental Health");
        assertThat(mapped).hasToString("peer_type_mapped(Care Trust as Mental Health)");
        assertThat(mapped.mappedEricType()).isEqualTo("Care Trust");
    }

    @Test
    void areasCountOnlyTheMemberFlagsTheirGlossarySays() {
        assertThat(Flag.Code.OUTLIER.members()).isEqualTo(Flag.Code.MEMBERS_OUTLIER);
        assertThat(Flag.Code.PEER_FALLBACK_NATIONAL.members()).isEqualTo(Flag.Code.MEMBERS_PEER_FALLBACK_NATIONAL);
        assertThat(Flag.Code.COVERAGE_PARTIAL.members()).isNull();
        for (Flag.Code c : Flag.Code.values()) {
            if (c.members() != null) assertThat(c.members().id()).isEqualTo("members_" + c.id());
        }
    }
}
