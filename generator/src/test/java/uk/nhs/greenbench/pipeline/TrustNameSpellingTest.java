package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.registry.Organisation;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrustNameSpellingTest {
    private static Optional<Organisation> ods(String name) {
        return Optional.of(new Organisation("RCU", name, "Y63", "QF7", "19920401", "", Organisation.BY_APPORTIONMENT));
    }

    @Test
    void anApostropheEricLeftOutIsPutBackFromTheOdsName() {
        assertThat(TrustDirectory.spelling("SHEFFIELD CHILDRENS NHS FOUNDATION TRUST", ods("SHEFFIELD CHILDREN'S NHS FOUNDATION TRUST")))
                .isEqualTo("SHEFFIELD CHILDREN'S NHS FOUNDATION TRUST");
    }

    @Test
    void anyOtherDifferenceKeepsTheNameAsEricPublishesIt() {
        // A trust renamed or merged since, or ODS's own punctuation: ERIC's name is the one for the year.
        assertThat(TrustDirectory.spelling("ASHFORD AND ST. PETER'S HOSPITALS NHS FOUNDATION TRUST", ods("ASHFORD AND ST PETER'S HOSPITALS NHS FOUNDATION TRUST")))
                .isEqualTo("ASHFORD AND ST. PETER'S HOSPITALS NHS FOUNDATION TRUST");
        assertThat(TrustDirectory.spelling("THE QUEEN ELIZABETH HOSPITAL KING'S LYNN NHS FOUNDATION TRUST",
                ods("THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST"))).isEqualTo("THE QUEEN ELIZABETH HOSPITAL KING'S LYNN NHS FOUNDATION TRUST");
        assertThat(TrustDirectory.spelling("SHEFFIELD CHILDRENS NHS FOUNDATION TRUST", Optional.empty()))
                .isEqualTo("SHEFFIELD CHILDRENS NHS FOUNDATION TRUST");
    }
}
