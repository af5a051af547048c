package uk.nhs.greenbench.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-quality findings of one file, listing at most {@code perKind} of each kind one by one and counting
 * the rest, so that a file with a million faulty rows still gives a readable data-quality.csv and a bounded
 * amount of memory. The count of those not listed is itself a finding.
 */
public final class BoundedFindings {
    private final String file;
    private final int perKind;
    private final List<QualityIssue> listed = new ArrayList<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();

    public BoundedFindings(String file, int perKind) {
        this.file = file;
        this.perKind = perKind;
    }

    public void add(QualityIssue issue) {
        int n = seen.merge(issue.code(), 1, Integer::sum);
        if (n <= perKind) listed.add(issue);
    }

    /** The findings listed, then one summary per kind that had more than could be listed. */
    public List<QualityIssue> list() {
        List<QualityIssue> out = new ArrayList<>(listed);
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            int more = e.getValue() - perKind;
            if (more > 0) {
                out.add(new QualityIssue(e.getKey(), "", "", file, more + " more rows of " + file + " have the finding \""
                        + e.getKey() + "\"; only the first " + perKind + " are listed here."));
            }
        }
        return out;
    }
}
