package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.Returns;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.peers.PeerChoice;
import uk.nhs.greenbench.peers.TypePeers;

import java.util.List;

/**
 * What a run adds to the bundled data: returns files (figures not in ERIC), OpenPrescribing's inhaler downloads,
 * how trusts are compared, and the demand growth the carbon paths assume. The default adds nothing, compares by
 * ERIC trust type and takes the growth of {@code factors/capacity.json}.
 *
 * @param demandGrowthPct growth in floor area and activity a year, or null for the assumptions file's
 */
public record RunInputs(Returns returns, List<PrescribingFile> prescribing, PeerChoice peers, Double demandGrowthPct) {
    public static final RunInputs DEFAULT = new RunInputs(Returns.NONE, List.of(), new TypePeers());

    public RunInputs {
        prescribing = List.copyOf(prescribing);
    }

    public RunInputs(Returns returns, List<PrescribingFile> prescribing, PeerChoice peers) {
        this(returns, prescribing, peers, null);
    }

    /** The project's capacity assumptions with this run's demand growth, when it sets one. */
    public CapacityAssumptions capacity(CapacityAssumptions project) {
        return demandGrowthPct == null ? project : project.with(CapacityAssumptions.DEMAND_GROWTH, demandGrowthPct);
    }
}
