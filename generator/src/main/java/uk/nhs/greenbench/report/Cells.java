package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVFormat;
import uk.nhs.greenbench.model.OrgRef;

import java.math.BigDecimal;
import java.util.List;

/** Formatting shared by the CSV writers. */
public final class Cells {
    /** How every CSV of the pack is written: RFC 4180 quoting, with Unix line ends so that files are byte-identical on any OS. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private Cells() {
    }

    /** Unrounded, plain notation, no thousands separators; empty for a missing figure. */
    public static String number(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf(v.longValue());
        return BigDecimal.valueOf(v).toPlainString();
    }

    /**
     * Text from the data, made safe for spreadsheets: a value starting with {@code = + - @} (or a tab or
     * carriage return) is prefixed with an apostrophe so that Excel and LibreOffice show it as text rather
     * than run it as a formula (OWASP CSV injection guidance).
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + s;
        return s;
    }

    /** The organisation columns every CSV of figures starts with: level, code, name, peer_group, ics_code, region_code. */
    static void who(List<String> v, OrgRef org) {
        v.add(org.level().id());
        v.add(text(org.code()));
        v.add(text(org.name()));
        v.add(text(org.peerGroup()));
        v.add(org.icsCode());
        v.add(org.regionCode());
    }
}
