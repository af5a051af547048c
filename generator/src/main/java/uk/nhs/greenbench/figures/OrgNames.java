package uk.nhs.greenbench.figures;

import java.util.Locale;
import java.util.Set;

/** Organisation names as a reader expects them, in every report and workbook: ODS publishes "ISLE OF WIGHT NHS TRUST", reports say "Isle of Wight NHS Trust". */
public final class OrgNames {
    private static final Set<String> UPPER = Set.of("NHS", "ICB", "UK", "II", "III");
    private static final Set<String> LOWER = Set.of("and", "of", "the", "for", "in", "on", "at", "with", "upon");

    private OrgNames() {
    }

    public static String display(String name) {
        if (name == null || name.isBlank()) return name == null ? "" : name;
        // Asked for every row of every document: each name is worked out once (a few thousand at most, x10 included).
        return DISPLAYED.computeIfAbsent(name, OrgNames::titleCase);
    }

    private static final java.util.Map<String, String> DISPLAYED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return name;
        StringBuilder sb = new StringBuilder();
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) sb.append(' ');
            if (UPPER.contains(w.toUpperCase(Locale.ROOT))) sb.append(w.toUpperCase(Locale.ROOT));
            else if (i > 0 && LOWER.contains(w)) sb.append(w);
            else sb.append(capitalise(w));
        }
        return sb.toString();
    }

    private static String capitalise(String w) {
        StringBuilder sb = new StringBuilder(w);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i - 1) == '-' || sb.charAt(i - 1) == '(' || sb.charAt(i - 1) == '\'' && i == 2) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }

    /** A name short enough for a list: "The Royal Marsden NHS Foundation Trust" → "The Royal Marsden"; an ICB by its place. */
    public static String brief(String name) {
        String d = display(name);
        // "NHS South East London Integrated Care Board" → "South East London", beside a code in a column headed ICS.
        if (d.endsWith(" Integrated Care Board")) {
            String place = d.substring(0, d.length() - " Integrated Care Board".length());
            return place.startsWith("NHS ") ? place.substring(4) : place;
        }
        for (String suffix : new String[]{" NHS Foundation Trust", " NHS Trust", " Foundation Trust", " NHS Foundation", " Trust"}) {
            if (d.endsWith(suffix) && d.length() > suffix.length()) return d.substring(0, d.length() - suffix.length());
        }
        return d;
    }
}
