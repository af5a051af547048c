package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.Returns;
import uk.nhs.greenbench.peers.PeerChoice;
import uk.nhs.greenbench.peers.TypePeers;

import java.util.List;

/**
 * What a run adds to the bundled data: returns files (figures not in ERIC), OpenPrescribing's inhaler downloads,
 * and how trusts are compared. The default adds nothing and compares by ERIC trust type.
 */
public record RunInputs(Returns returns, List<PrescribingFile> prescribing, PeerChoice peers) {
    public static final RunInputs DEFAULT = new RunInputs(Returns.NONE, List.of(), new TypePeers());

    public RunInputs {
        prescribing = List.copyOf(prescribing);
    }
}
