package uk.nhs.greenbench.web;

/** Escaping for the few bits of HTML and SVG written by Java rather than by the (auto-escaping) templates. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate to one decimal, as String.format("%.1f") in the ROOT locale writes it, without its cost. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long whole = Math.abs(tenths) / 10, tenth = Math.abs(tenths) % 10;
        return (tenths < 0 ? "-" : "") + whole + "." + tenth;
    }
}
