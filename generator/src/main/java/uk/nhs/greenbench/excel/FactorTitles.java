package uk.nhs.greenbench.excel;

import java.util.HashMap;
import java.util.Map;

/** Factor titles from factors/factors.json, registered once per run for the sheets that list factors. */
final class FactorTitles {
    private static final Map<String, String> TITLES = new HashMap<>();

    private FactorTitles() {
    }

    static synchronized void register(Map<String, String> titles) {
        TITLES.putAll(titles);
    }

    static synchronized String title(String id) {
        return TITLES.getOrDefault(id, id);
    }
}
