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
    /** @param siteData whether the files include site data, without which no indicator can be computed */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Year(String year, List<String> files, Boolean siteData, String note) {
        public boolean hasSiteData() {
            return Boolean.TRUE.equals(siteData);
        }
    }

    public static BundledData load(Path file) {
        try {
            BundledData d = new ObjectMapper().readValue(file.toFile(), BundledData.class);
            if (d.years() == null) throw new InputException(file + ": \"years\" is missing");
            for (Year y : d.years()) {
                if (y.year() == null || y.files() == null || y.siteData() == null) {
                    throw new InputException(file + ": every year needs \"year\", \"files\" and \"siteData\" (true when its files include site data)"
                            + (y.year() == null ? "" : "; " + y.year() + " lacks one"));
                }
            }
            return d;
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(file, e), e);
        }
    }

    public Optional<Year> year(String year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst();
    }
}
