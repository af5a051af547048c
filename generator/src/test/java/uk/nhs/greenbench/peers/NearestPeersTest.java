package uk.nhs.greenbench.peers;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearestPeersTest {
    /** Eight trusts of one type along a line of floor areas (doubling), same activity; one of another type; one without a floor area. */
    private static List<PeerCandidate> trusts() {
        List<PeerCandidate> t = new ArrayList<>();
        for (int i = 0; i < 8; i++) t.add(new PeerCandidate("A" + i, "Acute - Large", 10_000 * Math.pow(2, i), 1_000));
        t.add(new PeerCandidate("B0", "Community", 20_000, 0));
        t.add(new PeerCandidate("AX", "Acute - Large", 0, Double.NaN));
        return t;
    }

    @Test
    void eachTrustIsComparedWithItselfAndItsKNearestOfTheSameType() {
        Map<String, PeerSet> sets = new NearestPeers(4).assign(trusts());
        // A3 sits in the middle: its neighbours on the log scale are A1, A2, A4, A5 (distances 2, 1, 1, 2 steps).
        assertThat(sets.get("A3").members()).containsExactly("A1", "A2", "A3", "A4", "A5");
        assertThat(sets.get("A3").name()).isEqualTo("A3 and its 4 nearest Acute - Large trusts");
        // At the end of the line the nearest are all on one side.
        assertThat(sets.get("A0").members()).containsExactly("A0", "A1", "A2", "A3", "A4");
        for (int i = 0; i < 8; i++) {
            // k + 1 members, all of the type, never the trust without a floor area
            assertThat(sets.get("A" + i).members()).hasSize(5).doesNotContain("B0", "AX");
        }
    }

    @Test
    void aTrustWithoutAFloorAreaKeepsItsWholeTypeAndIsReported() {
        NearestPeers nearest = new NearestPeers(4);
        assertThat(nearest.assign(trusts()).get("AX").members()).hasSize(9).contains("AX", "A0", "A7");
        assertThat(nearest.findings(trusts())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("peers_not_placed");
            assertThat(f.orgCode()).isEqualTo("AX");
        });
    }

    @Test
    void aTypeNoLargerThanKPlusOneIsComparedWhole() {
        assertThat(new NearestPeers(4).assign(trusts()).get("B0").name()).isEqualTo("Community trusts");
    }

    @Test
    void fewerThanFourNeighboursCannotMakeABenchmark() {
        assertThatThrownBy(() -> new NearestPeers(3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 to 50");
    }
}
