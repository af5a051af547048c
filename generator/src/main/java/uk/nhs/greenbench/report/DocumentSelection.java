package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.OrgRef;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisations a run writes workbooks and reports for ({@code generate --for}): those named, and every
 * organisation within them (an ICS's trusts; a region's ICSs and trusts; England's everything). The figures still
 * cover every organisation: benchmarks and roll-ups need them all.
 *
 * @param codes the codes named, upper case and sorted; empty for every organisation
 */
public record DocumentSelection(List<String> codes) {
    public static final DocumentSelection ALL = new DocumentSelection(List.of());
    /** England's code: naming it selects every organisation. */
    public static final String ENGLAND = "ENG";

    public DocumentSelection {
        Set<String> sorted = new TreeSet<>();
        for (String c : codes) sorted.add(c.trim().toUpperCase(Locale.ROOT));
        codes = sorted.contains(ENGLAND) ? List.of() : List.copyOf(sorted);
    }

    public boolean isAll() {
        return codes.isEmpty();
    }

    /** Whether the organisation, or an area it is in, was named. */
    public boolean includes(OrgRef o) {
        // An ICS's own ICS code is its code, a region's region code likewise; a trust's are the areas it is in.
        return isAll() || named(o.code()) || named(o.icsCode()) || named(o.regionCode());
    }

    private boolean named(String code) {
        return code != null && !code.isEmpty() && codes.contains(code);
    }
}
