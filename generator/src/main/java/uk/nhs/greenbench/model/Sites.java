package uk.nhs.greenbench.model;

import java.util.List;
import java.util.Map;

/**
 * A year's sites by trust, largest floor area first.
 *
 * @param published whether the year's ERIC files publish sites at all (2024/25 is published by trust only)
 * @param byTrust   trust code → its sites; a trust with more than {@link #LISTED} keeps its largest
 * @param notListed trust code → how many more of its sites were read than are listed
 */
public record Sites(boolean published, Map<String, List<SiteRow>> byTrust, Map<String, Integer> notListed) {
    /** Sites listed per trust: every real trust has far fewer; a synthetic million-row file must not fill memory. */
    public static final int LISTED = 400;
    public static final Sites NONE = new Sites(false, Map.of(), Map.of());

    public Sites {
        byTrust = Map.copyOf(byTrust);
        notListed = Map.copyOf(notListed);
    }

    public List<SiteRow> of(String trustCode) {
        return byTrust.getOrDefault(trustCode, List.of());
    }

    public int notListed(String trustCode) {
        return notListed.getOrDefault(trustCode, 0);
    }
}
