package uk.nhs.greenbench.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes manifest.json: the greenbench version, every input file with its SHA-256 and recognised layout,
 * the factor set and each factor's value and citation, and the indicators applied. No timestamp, so the
 * same inputs give the same bytes.
 */
public final class ManifestWriter {
    /** The layout name of a returns file among a year's inputs. */
    private static final String RETURNS = Figures.InputFile.RETURNS, PRESCRIBING = Figures.InputFile.PRESCRIBING;

    private ManifestWriter() {
    }

    /** @param documentsFor the organisations the run wrote documents for: named in the manifest when not all */
    public static void write(Figures figures, List<IndicatorDefinition> indicators, String version,
                             List<Figures.InputFile> referenceFiles, DocumentSelection documentsFor, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tool", "greenbench");
            g.writeStringField("version", version);
            g.writeStringField("year", figures.year());
            if (!documentsFor.isAll()) {
                // A pack of some organisations' documents (generate --for) says so; the tables cover every organisation.
                g.writeArrayFieldStart("documents_for");
                for (String code : documentsFor.codes()) g.writeString(code);
                g.writeEndArray();
            }
            g.writeArrayFieldStart("eric_inputs");
            for (Figures.InputFile f : figures.inputs()) if (!RETURNS.equals(f.layout()) && !PRESCRIBING.equals(f.layout())) writeFile(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("returns_inputs");
            for (Figures.InputFile f : figures.inputs()) if (RETURNS.equals(f.layout())) writeFile(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("prescribing_inputs");
            for (Figures.InputFile f : figures.inputs()) if (PRESCRIBING.equals(f.layout())) writeFile(g, f);
            g.writeEndArray();
            g.writeObjectFieldStart("peers");
            g.writeStringField("method", figures.peers().label());
            g.writeStringField("description", figures.peers().description());
            if (figures.peers().file() != null) {
                g.writeFieldName("file");
                writeFile(g, figures.peers().file());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("reference_inputs");
            for (Figures.InputFile f : referenceFiles) writeFile(g, f);
            g.writeEndArray();
            g.writeObjectFieldStart("factor_set");
            g.writeStringField("label", figures.factors().label());
            g.writeArrayFieldStart("notes");
            for (String n : figures.factors().notes()) g.writeString(n);
            g.writeEndArray();
            g.writeArrayFieldStart("factors");
            for (Factor f : figures.factors().factors().values()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeNumberField("value", f.value());
                g.writeStringField("unit", f.unit());
                g.writeStringField("set", f.setYear());
                g.writeStringField("source", f.source());
                if (f.isFallback()) g.writeStringField("fallback", f.fallback());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("indicators");
            for (IndicatorDefinition d : indicators) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("definition", "indicators/" + d.id() + ".json");
                g.writeStringField("numerator", d.numeratorText());
                g.writeStringField("denominator", d.denominator().describe());
                if (d.targetValue() != null) g.writeNumberField("target_value", d.targetValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("figure_rows", figures.rows().size());
            g.writeNumberField("quality_issues", figures.issues().size());
            g.writeEndObject();
        }
    }

    private static void writeFile(JsonGenerator g, Figures.InputFile f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        if (f.layout() != null) g.writeStringField("layout", f.layout());
        if (f.encoding() != null) g.writeStringField("encoding", f.encoding());
        g.writeStringField("sha256", f.sha256());
        g.writeEndObject();
    }
}
