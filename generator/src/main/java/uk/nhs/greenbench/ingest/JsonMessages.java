package uk.nhs.greenbench.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a Jackson failure into a message naming the file, line and column. */
public final class JsonMessages {
    private JsonMessages() {
    }

    public static String describe(Path file, IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation at = jpe.getLocation();
            return file + ", line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + jpe.getOriginalMessage();
        }
        return file + ": cannot be read (" + e.getMessage() + ")";
    }
}
