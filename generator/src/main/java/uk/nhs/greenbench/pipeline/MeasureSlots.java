package uk.nhs.greenbench.pipeline;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures a year's indicators read, numbered: a site's values are looked up in its measures once, into an array
 * the indicators' expressions index ({@link SlotExpression}), instead of once for every term of every indicator (38
 * indicators, four to six expressions each: a million-row site file spent a third of its reading in those look-ups).
 */
final class MeasureSlots {
    private final String[] names;
    private final Map<String, Integer> slots = new HashMap<>();

    /** @param measures the measures in slot order (repeats keep their first slot) */
    MeasureSlots(Collection<String> measures) {
        this.names = measures.stream().distinct().toArray(String[]::new);
        for (int i = 0; i < names.length; i++) slots.put(names[i], i);
    }

    int slotOf(String measure) {
        Integer s = slots.get(measure);
        if (s == null) throw new IllegalArgumentException(measure + " is not among the measures numbered: " + List.of(names));
        return s;
    }

    /** A record's values by slot; NaN where it has none (a measure read is never NaN: the reader refuses it). */
    double[] values(Map<String, Double> measures) {
        double[] v = new double[names.length];
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < names.length; i++) {
            Double x = measures.get(names[i]);
            if (x != null) v[i] = x;
        }
        return v;
    }
}
