package uk.nhs.greenbench.pipeline;

import java.util.Map;
import java.util.Set;

/**
 * What a year's files publish: the measures some file provides, and those a file is known not to publish (measure → where
 * it was expected, e.g. a file read with a composed layout that lacks the water volume column its closest layout reads).
 * An indicator needing a measure that is not published is not computed, rather than computed from what is left.
 */
record SourceMeasures(Set<String> published, Map<String, String> notPublished) {
    SourceMeasures {
        published = Set.copyOf(published);
        notPublished = Map.copyOf(notPublished);
    }
}
