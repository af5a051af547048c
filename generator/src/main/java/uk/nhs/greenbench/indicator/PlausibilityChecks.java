package uk.nhs.greenbench.indicator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.JsonMessages;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The indicator library's plausibility thresholds ({@code indicators/checks/plausibility.json}): when a value is an
 * outlier (flagged, used), when it is a likely unit error (shown, left out of everything computed from it), and
 * when a trust's own unit price is not a price (replaced by its peers' median).
 */
public record PlausibilityChecks(String description, Outlier outlier, UnitError unitError, OwnUnitRate ownUnitRate, TrendChange trendChange,
                                 Coverage coverage) {
    public static final String FILE = "indicators/checks/plausibility.json";

    public record Outlier(double robustZ, String why) {
    }

    public record UnitError(double robustZ, double timesPeerMedian, String why) {
    }

    public record OwnUnitRate(double lowerTimesPeerMedian, double upperTimesPeerMedian, String why) {
    }

    /**
     * @param robustZ      how far (robust z of the log ratio) a year-on-year change may be from its peers' before it is flagged
     * @param estateChange the share by which a trust's floor area may change between a trend's years before its carbon
     *                     total is flagged as comparing different estates
     * @param priceShock   the rise in the price per unit (a share) between the last two years beyond which a cost
     *                     indicator's rise is flagged as a price shock, when the price also rose at least
     *                     {@code priceShockTimesUse} times as much as the use per floor area
     */
    public record TrendChange(double robustZ, double estateChange, double priceShock, double priceShockTimesUse, String why) {
    }

    /** @param warnBelow share of a trust's floor area (0–1) below which a value covers too little of the estate */
    public record Coverage(double warnBelow, String why) {
    }

    public static PlausibilityChecks load(Path file) {
        try {
            PlausibilityChecks c = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES).readValue(file.toFile(), PlausibilityChecks.class);
            if (c.unitError().robustZ() <= c.outlier().robustZ() || c.unitError().timesPeerMedian() <= 1
                    || c.ownUnitRate().lowerTimesPeerMedian() <= 0 || c.ownUnitRate().lowerTimesPeerMedian() >= 1
                    || c.ownUnitRate().upperTimesPeerMedian() <= 1 || c.coverage().warnBelow() <= 0 || c.coverage().warnBelow() > 1
                    || c.trendChange().robustZ() <= 0 || c.trendChange().estateChange() <= 0
                    || c.trendChange().priceShock() <= 0 || c.trendChange().priceShockTimesUse() < 1) {
                throw new InputException(file + ": the unit-error z must exceed the outlier z, timesPeerMedian must exceed 1, "
                        + "the own-rate band must hold the peer median (lower in (0, 1), upper above 1), coverage.warnBelow must be in (0, 1] and trendChange.robustZ, estateChange and priceShock above 0, priceShockTimesUse at least 1");
            }
            return c;
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(file, e), e);
        }
    }

    /** Whether a value is an outlier (flagged, still used). */
    public boolean isOutlier(double z) {
        return !Double.isNaN(z) && Math.abs(z) > outlier.robustZ();
    }

    /** Whether a value is a likely unit error: beyond the wide z and an order of magnitude from its type's median. */
    public boolean isUnitError(double z, double value, double typeMedian) {
        if (Double.isNaN(z) || Math.abs(z) <= unitError.robustZ() || !(typeMedian > 0)) return false;
        double times = value / typeMedian;
        return times >= unitError.timesPeerMedian() || times <= 1 / unitError.timesPeerMedian();
    }

    /** Whether a year-on-year change (robust z of its log ratio among its peers' changes) is one to check. */
    public boolean isSuspectChange(double z) {
        return !Double.isNaN(z) && Math.abs(z) > trendChange.robustZ();
    }

    /** Whether a value summed over sites holding this share of the floor area covers too little of the estate. */
    public boolean isPartialCoverage(double coverage) {
        return !Double.isNaN(coverage) && coverage < this.coverage.warnBelow();
    }

    /** Whether a trust's own unit price is plausible beside its peers' median price. */
    public boolean isPlausibleRate(double own, double peerMedian) {
        if (Double.isNaN(peerMedian) || peerMedian <= 0 || own <= 0) return true;
        double times = own / peerMedian;
        return times >= ownUnitRate.lowerTimesPeerMedian() && times <= ownUnitRate.upperTimesPeerMedian();
    }
}
