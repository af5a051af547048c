package uk.nhs.greenbench.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.JsonMessages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The ERIC files bundled per year ({@code data/bundled.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundledData(List<Year> years) {
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Year(String year, List<String> files, String note) {
    }

    public static BundledData load(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), BundledData.class);
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(file, e), e);
        }
    }

    public Optional<Year> year(String year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst();
    }
}
