package uk.nhs.greenbench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.greenbench.ingest.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 42 ICBs as a hex map (HexJSON, "odd-r": odd rows shifted right by half a hex, row 1 at the bottom), drawn as
 * inline SVG: each hex a link to its ICS page, coloured by its quartile on one indicator, and carrying its quartile
 * on every indicator so that the page's indicator switch can recolour it without fetching anything.
 */
final class HexMap {
    /** One hex: the ICB's code, short label and row/column. */
    record Hex(String code, String label, String name, int q, int r) {
    }

    private final List<Hex> hexes;

    private HexMap(List<Hex> hexes) {
        this.hexes = List.copyOf(hexes);
    }

    static HexMap read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (!"odd-r".equals(root.path("layout").asText())) {
                throw new InputException(file + ": layout \"" + root.path("layout").asText() + "\" is not supported (odd-r only)");
            }
            List<Hex> hexes = new ArrayList<>();
            root.path("hexes").fields().forEachRemaining(e -> hexes.add(new Hex(e.getKey(), e.getValue().path("n").asText(e.getKey()),
                    e.getValue().path("ICS22NM").asText(e.getKey()).strip(), e.getValue().path("q").asInt(), e.getValue().path("r").asInt())));
            return new HexMap(hexes);
        } catch (IOException e) {
            throw new InputException(file + ": the ICB hex map cannot be read (" + e.getMessage() + ")", e);
        }
    }

    List<Hex> hexes() {
        return hexes;
    }

    /**
     * The SVG.
     *
     * @param title     what the map shows, for its {@code <title>}
     * @param positions ICB code → indicator id → quartile class (best, better, median, worse, worst, none)
     * @param shown     the indicator coloured when the page opens
     * @param words     ICB code → the hex's text alternative for the shown indicator
     * @param href      ICB code → link to its page, or null when it has none
     */
    String svg(String title, Map<String, Map<String, String>> positions, String shown, Map<String, String> words,
               java.util.function.Function<String, String> href) {
        double size = 26, w = Math.sqrt(3) * size, rowStep = 1.5 * size;
        int maxQ = hexes.stream().mapToInt(Hex::q).max().orElse(0), minR = hexes.stream().mapToInt(Hex::r).min().orElse(0);
        int maxR = hexes.stream().mapToInt(Hex::r).max().orElse(0);
        double width = (maxQ + 1.5) * w + 4, height = (maxR - minR) * rowStep + 2 * size + 4;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"hexmap\" viewBox=\"0 0 %.0f %.0f\" role=\"group\" aria-labelledby=\"hexmap-title\">",
                width, height));
        s.append("<title id=\"hexmap-title\">").append(Html.escape(title)).append("</title>");
        for (Hex h : hexes) {
            double cx = 2 + w / 2 + h.q() * w + ((h.r() & 1) == 1 ? w / 2 : 0);
            double cy = 2 + size + (maxR - h.r()) * rowStep;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                double a = Math.toRadians(60 * i - 30);
                if (i > 0) points.append(' ');
                points.append(String.format(Locale.ROOT, "%.1f,%.1f", cx + size * Math.cos(a), cy + size * Math.sin(a)));
            }
            Map<String, String> byIndicator = positions.getOrDefault(h.code(), Map.of());
            String link = href.apply(h.code());
            String label = h.name() + ": " + words.getOrDefault(h.code(), "no figure");
            if (link != null) s.append("<a href=\"").append(Html.escape(link)).append("\" aria-label=\"").append(Html.escape(label)).append("\">");
            s.append("<g class=\"hex\"><polygon class=\"q-").append(byIndicator.getOrDefault(shown, "none")).append('"');
            for (Map.Entry<String, String> e : byIndicator.entrySet()) {
                s.append(" data-").append(e.getKey()).append("=\"").append(e.getValue()).append('"');
            }
            s.append(" points=\"").append(points).append("\"><title>").append(Html.escape(label)).append("</title></polygon>");
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" aria-hidden=\"true\">%s</text></g>", cx, cy + 4, Html.escape(h.label())));
            if (link != null) s.append("</a>");
        }
        return s.append("</svg>").toString();
    }
}
