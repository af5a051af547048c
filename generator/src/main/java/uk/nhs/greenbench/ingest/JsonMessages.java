package uk.nhs.greenbench.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a Jackson failure into a message naming the file, line and column. */
public final class JsonMessages {
    private JsonMessages() {
    }

    public static String describe(Path file, IOException e) {
        if (e instanceof UnrecognizedPropertyException u && u.getLocation() != null) {
            // A misspelt key would otherwise be dropped silently and change the figures (a "headine" flag, say).
            JsonLocation at = u.getLocation();
            java.util.List<String> known = u.getKnownPropertyIds() == null ? java.util.List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return file + ", line " + at.getLineNr() + ", column " + at.getColumnNr() + ": unknown key \"" + u.getPropertyName()
                    + "\"" + (known.isEmpty() ? "" : "; the keys allowed here are " + String.join(", ", known));
        }
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation at = jpe.getLocation();
            return file + ", line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + jpe.getOriginalMessage();
        }
        return file + ": cannot be read (" + e.getMessage() + ")";
    }
}
