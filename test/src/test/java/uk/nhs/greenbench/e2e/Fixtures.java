package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Indicator titles and flags from the real definition files. */
final class Fixtures {
    private Fixtures() {
    }

    static String title(String indicator) {
        try {
            return new ObjectMapper().readTree(Packs.home().resolve("indicators/" + indicator + ".json").toFile()).get("title").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the indicator's savings count in headline totals ("headline": true in its file). */
    static boolean headline(String indicator) {
        try {
            return new ObjectMapper().readTree(Packs.home().resolve("indicators/" + indicator + ".json").toFile()).path("headline").asBoolean(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
