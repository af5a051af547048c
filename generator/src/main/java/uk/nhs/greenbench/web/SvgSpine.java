package uk.nhs.greenbench.web;

import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.figures.SpineScale;


/**
 * One row of a spine chart as inline SVG, drawn as the reports draw it: the comparison group's worst value (left)
 * to its best (right), the middle half darker, a line at the median and the organisation as a dot coloured by its
 * quartile (with a ring pattern, so colour is never the only signal). The {@code <title>} says it in words.
 */
final class SvgSpine {
    static final int WIDTH = 160, HEIGHT = 18;

    private SvgSpine() {
    }

    /** The SVG, or an empty string when the group has no spread to draw. */
    static String of(SpineScale scale, Double value, QuartilePosition position, String words) {
        if (scale == null) return "";
        double pad = 6, w = WIDTH - 2 * pad, cy = HEIGHT / 2.0;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"spine\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\"><title>")
                .append(Html.escape(words)).append("</title>");
        double xWorst = pad + w * scale.place(scale.worst()), xBest = pad + w * scale.place(scale.best());
        rect(s, "range", Math.min(xWorst, xBest), cy - 3, Math.abs(xBest - xWorst), 6);
        double xa = pad + w * scale.place(scale.worseQuartile()), xb = pad + w * scale.place(scale.betterQuartile());
        rect(s, "mid", Math.min(xa, xb), cy - 3, Math.max(0.5, Math.abs(xb - xa)), 6);
        double xm = pad + w * scale.place(scale.median());
        s.append("<line class=\"median\" x1=\"").append(Html.num(xm)).append("\" y1=\"").append(Html.num(cy - 5)).append("\" x2=\"")
                .append(Html.num(xm)).append("\" y2=\"").append(Html.num(cy + 5)).append("\"/>");
        if (value != null && position != null) {
            double xv = pad + w * scale.place(value);
            s.append("<circle class=\"dot ").append(cssClass(position)).append("\" cx=\"").append(Html.num(xv)).append("\" cy=\"")
                    .append(Html.num(cy)).append("\" r=\"4.5\"/>");
        }
        return s.append("</svg>").toString();
    }

    static void rect(StringBuilder s, String cls, double x, double y, double w, double h) {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(Html.num(x)).append("\" y=\"").append(Html.num(y))
                .append("\" width=\"").append(Html.num(w)).append("\" height=\"").append(Html.num(h)).append("\"/>");
    }

    /** The CSS class of a quartile position: the stylesheet colours it as the reports do. */
    static String cssClass(QuartilePosition p) {
        return p == null ? "none" : switch (p) {
            case BEST -> "best";
            case BETTER -> "better";
            case MEDIAN -> "median";
            case WORSE -> "worse";
            case WORST -> "worst";
        };
    }
}
