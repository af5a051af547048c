package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ERIC counts the fuel burnt in a CHP plant inside "gas consumed", and the indicators rely on that. Some sites report
 * otherwise: Leeds (RR8) 2016/17 reports 12.5 GWh of gas but 282 GWh of fossil input to CHP. When a site's CHP fossil
 * input exceeds its gas and oil consumed, the CHP input is counted as the site's fuel: the difference is added to gas
 * (CHP plants in the NHS estate burn gas), and the site is listed in data-quality.csv.
 */
final class ChpFuel {
    static final String FLAG = Flag.Code.CHP_FUEL_ADDED.id();

    private ChpFuel() {
    }

    /** The site with its gas raised to cover its CHP input when needed; a finding is added for each site raised. */
    static SiteRecord adjust(SiteRecord site, List<QualityIssue> issues) {
        Double chp = site.measure("chp_fuel_input_kwh");
        if (chp == null || chp <= 0) return site;
        double gas = orZero(site.measure("gas_kwh")), oil = orZero(site.measure("oil_kwh"));
        double missing = chp - gas - oil;
        // Within a kWh or two it is rounding, not a different way of reporting.
        if (missing <= Math.max(1, 0.001 * chp)) return site;
        Map<String, Double> m = new HashMap<>(site.measures());
        m.put("gas_kwh", gas + missing);
        m.put(ADDED, missing);
        issues.add(new QualityIssue(FLAG, site.trustCode(), "", site.sourceRow(), String.format(Locale.UK,
                "Site %s (%s) reports %,.0f kWh of fossil input to CHP but only %,.0f kWh of gas and %,.0f kWh of oil consumed. "
                        + "ERIC counts CHP fuel inside gas consumed, so the CHP input is taken as the fuel: %,.0f kWh is added to its gas.",
                site.siteCode(), site.siteName(), chp, gas, oil, missing)));
        return new SiteRecord(site.trustCode(), site.trustName(), site.region(), site.trustType(), site.siteCode(), site.siteName(),
                site.siteType(), m, site.sourceRow());
    }

    /** A measure of the adjusted site (not read from any file): the kWh added to its gas. */
    static final String ADDED = "chp_fuel_added_kwh";

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
