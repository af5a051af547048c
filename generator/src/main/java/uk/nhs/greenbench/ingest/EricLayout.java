package uk.nhs.greenbench.ingest;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one published ERIC file layout maps its column headers to greenbench's canonical measures.
 * Loaded from {@code layouts/*.json}; a new year's layout is a new file, not new code.
 *
 * @param grain    {@code site} (one row per site, summed to trust) or {@code trust}
 * @param format   {@code csv} or {@code workbook}
 * @param sheet    the sheet to read, for workbooks
 * @param headerRow 1-based row of the column headers
 * @param identity role (trust_code, trust_name, region, trust_type, site_code, site_name, site_type) → header
 * @param measures canonical measure → the header(s) whose values are summed to give it
 * @param absentHeaders headers whose presence means a file is NOT in this layout (a trust layout rejects
 *                      files with a "Site Code" column, so a site file with a renamed header is never
 *                      mistaken for a trust file)
 * @param sections header → the section title above the column to read, for a header the sheet repeats (2014/15's
 *                 PFI block repeats "Energy cost (all energy supplies) (£)" under "PFI Facilities and Services")
 * @param derived  measures worked out per site from one column and the site's other measures: a percentage of a measure
 *                 (LED coverage × floor area), a measure counted when a Select answer is one of some values (floor area
 *                 with a heat decarbonisation plan), a site counted when a number reaches a threshold (a heat pump), or
 *                 one per site
 */
public record EricLayout(String id, String description, String grain, String format, String sheet, int headerRow,
                         List<String> years, Map<String, String> identity, Map<String, List<String>> measures,
                         List<String> absentHeaders, Map<String, String> sections, Map<String, Derived> derived, List<String> notes) {
    public EricLayout {
        years = years == null ? List.of() : List.copyOf(years);
        identity = identity == null ? Map.of() : new LinkedHashMap<>(identity);
        measures = measures == null ? Map.of() : new LinkedHashMap<>(measures);
        notes = notes == null ? List.of() : List.copyOf(notes);
        absentHeaders = absentHeaders == null ? List.of() : List.copyOf(absentHeaders);
        sections = sections == null ? Map.of() : new LinkedHashMap<>(sections);
        derived = derived == null ? Map.of() : new LinkedHashMap<>(derived);
        if (headerRow <= 0) headerRow = 1;
    }

    public boolean isSiteGrain() {
        return "site".equalsIgnoreCase(grain);
    }

    public boolean isWorkbook() {
        return "workbook".equalsIgnoreCase(format);
    }

    /**
     * A measure worked out per site; exactly one of {@code percentOf}, {@code whenIn}, {@code atLeast} or {@code perSite}.
     *
     * @param header    the column read (none for {@code perSite})
     * @param percentOf the cell is a percentage of this measure of the same site: the measure × cell ÷ 100
     * @param whenIn    the cell is a Select answer: counted when it is one of these, exactly as published
     * @param weight    with {@code whenIn}: the measure counted (the site's floor area); without, the site counts 1
     * @param atLeast   the cell is a number: the site counts 1 when it is at least this, else 0
     * @param perSite   every site counts 1 (the denominator of "per site")
     */
    public record Derived(String header, String percentOf, List<String> whenIn, String weight, Double atLeast, Boolean perSite) {
        public Derived {
            whenIn = whenIn == null ? null : List.copyOf(whenIn);
        }

        public boolean isPerSite() {
            return perSite != null && perSite;
        }

        public boolean isSelect() {
            return whenIn != null;
        }
    }

    /** The section title under which a header is read, or "" when any column of that header will do. */
    public String sectionOf(String header) {
        String n = normalise(header);
        for (Map.Entry<String, String> e : sections.entrySet()) if (normalise(e.getKey()).equals(n)) return e.getValue();
        return "";
    }

    /** Normalised header text used for matching: trimmed, single spaces, lower case. */
    public static String normalise(String header) {
        return header == null ? "" : header.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
