package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.capacity.SiteHeadroom;
import uk.nhs.greenbench.capacity.SiteInputs;
import uk.nhs.greenbench.capacity.TrustHeadroom;
import uk.nhs.greenbench.capacity.TrustPrices;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.model.Sites;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity view's sums, kept as a year's site rows are read: each site assessed as it comes, each trust's headroom
 * summed with its largest {@link Sites#LISTED} sites kept whole, and each trust's running price sums. Memory does not
 * grow with a file's length.
 */
final class CapacityInputs {
    private final SiteHeadroom headroom;
    private final Map<String, TrustHeadroom> trusts = new HashMap<>();
    private final Map<String, TrustPrices.Sums> prices = new HashMap<>();

    /** @param headroom the assessment, or null when the year's factors or the project cannot give one */
    CapacityInputs(SiteHeadroom headroom) {
        this.headroom = headroom;
    }

    synchronized void add(SiteRecord r) {
        if (headroom == null) return;
        trusts.computeIfAbsent(r.trustCode(), k -> new TrustHeadroom(Sites.LISTED))
                .add(headroom.assess(SiteInputs.of(r.trustCode(), r.siteCode(), r.siteName(), r.siteType(), r.measures(), r.sourceRow())));
        prices.computeIfAbsent(r.trustCode(), k -> new TrustPrices.Sums()).add(r.measures());
    }

    boolean assessable() {
        return headroom != null;
    }

    /** Each trust's headroom, by code. */
    Map<String, TrustHeadroom> trusts() {
        return Collections.unmodifiableMap(trusts);
    }

    Map<String, FuelPrices> prices() {
        Map<String, FuelPrices> out = new TreeMap<>();
        prices.forEach((code, sums) -> out.put(code, sums.prices()));
        return out;
    }
}
