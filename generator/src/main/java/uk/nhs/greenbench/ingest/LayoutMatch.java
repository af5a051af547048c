package uk.nhs.greenbench.ingest;

import java.util.Map;

/**
 * The layout a file is read with, and the measures it does not publish: measure → the header(s) the closest known layout
 * reads it from. Empty when a layout file matches the file whole (the layout says what the file publishes).
 */
public record LayoutMatch(EricLayout layout, Map<String, String> notPublished) {
    public LayoutMatch {
        notPublished = Map.copyOf(notPublished);
    }

    static LayoutMatch whole(EricLayout layout) {
        return new LayoutMatch(layout, Map.of());
    }
}
