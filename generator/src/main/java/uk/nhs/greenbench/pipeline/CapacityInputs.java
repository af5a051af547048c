package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.capacity.SiteInputs;
import uk.nhs.greenbench.capacity.TrustPrices;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the capacity view needs from a year's site rows, kept as they are read: each site's demand, capacity and fossil
 * fuel (a dozen numbers a site), and each trust's running price sums.
 */
final class CapacityInputs {
    private final List<SiteInputs> sites = new ArrayList<>();
    private final Map<String, TrustPrices.Sums> prices = new HashMap<>();

    synchronized void add(SiteRecord r) {
        sites.add(SiteInputs.of(r.trustCode(), r.siteCode(), r.siteName(), r.siteType(), r.measures(), r.sourceRow()));
        prices.computeIfAbsent(r.trustCode(), k -> new TrustPrices.Sums()).add(r.measures());
    }

    List<SiteInputs> sites() {
        return Collections.unmodifiableList(sites);
    }

    Map<String, FuelPrices> prices() {
        Map<String, FuelPrices> out = new TreeMap<>();
        prices.forEach((code, sums) -> out.put(code, sums.prices()));
        return out;
    }
}
