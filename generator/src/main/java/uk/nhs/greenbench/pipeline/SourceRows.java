package uk.nhs.greenbench.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a list of "file, row N" references compactly: {@code ERIC_Site.csv rows 12-15, 873}. */
public final class SourceRows {
    private SourceRows() {
    }

    public static String compact(List<String> refs) {
        Map<String, List<Integer>> byFile = new LinkedHashMap<>();
        for (String ref : refs) {
            int at = ref.lastIndexOf(", row ");
            if (at < 0) continue;
            byFile.computeIfAbsent(ref.substring(0, at), k -> new ArrayList<>()).add(Integer.parseInt(ref.substring(at + 6).trim()));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byFile.entrySet()) {
            List<Integer> rows = e.getValue();
            rows.sort(Integer::compare);
            StringBuilder sb = new StringBuilder(e.getKey()).append(rows.size() == 1 ? " row " : " rows ");
            int i = 0;
            while (i < rows.size()) {
                int j = i;
                while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) j++;
                if (i > 0) sb.append(',');
                sb.append(rows.get(i));
                if (j > i) sb.append('-').append(rows.get(j));
                i = j + 1;
            }
            parts.add(sb.toString());
        }
        return String.join("; ", parts);
    }
}
