package uk.nhs.greenbench.peers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.ingest.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilePeersTest {
    @TempDir
    Path dir;

    private static final List<PeerCandidate> TRUSTS = List.of(new PeerCandidate("R1F", "Acute - Multi-Service", 1, 1),
            new PeerCandidate("RHU", "Acute - Large", 1, 1), new PeerCandidate("RHM", "Acute - Teaching", 1, 1),
            new PeerCandidate("RN5", "Acute - Large", 1, 1));

    @Test
    void listedTrustsAreComparedWithinTheirGroupAndTheRestWithTheirType() throws Exception {
        Path f = dir.resolve("my-peers.csv");
        Files.writeString(f, "group,org_code\nSolent,r1f\nSolent,RHU\nSolent,RHM\nSolent,ZZZ\n");
        FilePeers peers = FilePeers.read(f);
        Map<String, PeerSet> sets = peers.assign(TRUSTS);
        assertThat(sets.get("R1F").name()).isEqualTo("Solent (my-peers.csv)");
        assertThat(sets.get("R1F").members()).containsExactly("R1F", "RHM", "RHU");
        assertThat(sets.get("RN5").name()).isEqualTo("Acute - Large trusts");
        assertThat(sets.get("RN5").members()).containsExactly("RN5");
        assertThat(peers.findings(TRUSTS)).extracting(f2 -> f2.code()).containsExactly("peers_not_a_trust", "peers_unlisted");
        assertThat(peers.label()).isEqualTo("groups in my-peers.csv");
    }

    @Test
    void aTrustInTwoGroupsIsRefusedWithBothRows() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "group,org_code\nA,R1F\nB,R1F\n");
        assertThatThrownBy(() -> FilePeers.read(f)).isInstanceOf(InputException.class)
                .hasMessage("p.csv, row 3, column \"org_code\": R1F is already in group \"A\" (row 2); a trust can be in one group only");
    }

    @Test
    void aFileWithoutTheGroupColumnSaysSo() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "name,org_code\nA,R1F\n");
        assertThatThrownBy(() -> FilePeers.read(f)).isInstanceOf(InputException.class).hasMessageContaining("row 1, column \"group\"");
    }
}
