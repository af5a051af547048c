package uk.nhs.greenbench.pipeline;

import java.util.Locale;

/** Peer group names from ERIC trust types: {@code ACUTE - SMALL} → {@code Acute - Small}. */
public final class PeerGroups {
    public static final String NATIONAL = "All trusts (national)";

    private PeerGroups() {
    }

    public static String fromTrustType(String ericType) {
        if (ericType == null || ericType.isBlank()) return "Unknown type";
        StringBuilder sb = new StringBuilder();
        for (String word : ericType.trim().toLowerCase(Locale.ROOT).split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            if (word.equals("and") || word.equals("of")) {
                sb.append(word);
            } else {
                StringBuilder w = new StringBuilder(word);
                for (int i = 0; i < w.length(); i++) {
                    if (i == 0 || w.charAt(i - 1) == '-') w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
                }
                sb.append(w);
            }
        }
        return sb.toString();
    }
}
