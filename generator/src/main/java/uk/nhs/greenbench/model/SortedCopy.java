package uk.nhs.greenbench.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The immutable, key-sorted copies of the small factor → quantity maps the records carry (sorted, so that formulas
 * and notes built from them are the same on every run). Most are empty, and a record copied from another (an area's
 * row given its benchmark) passes its map on: both share one instance rather than a new tree each, which at ten
 * times the organisations was 200,000 trees held for the whole run.
 */
final class SortedCopy {
    /** The class of the copies made here; only this class makes them, so one of them is never changed by anyone. */
    private static final Class<?> COPY = Collections.unmodifiableSortedMap(new TreeMap<String, Double>()).getClass();

    private SortedCopy() {
    }

    static Map<String, Double> of(Map<String, Double> map) {
        if (map == null || map.isEmpty()) return Collections.emptySortedMap();
        if (map.getClass() == COPY && ((SortedMap<String, Double>) map).comparator() == null) return map;
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
