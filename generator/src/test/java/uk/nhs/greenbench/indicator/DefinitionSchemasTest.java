package uk.nhs.greenbench.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.LayoutCatalogue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JSON Schemas shipped in {@code indicators/schema/} and {@code layouts/schema/} describe every bundled file, and
 * the loaders are as strict as the schemas: a misspelt key fails with the file, line and column.
 */
class DefinitionSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Schema schema(String path) throws Exception {
        try (InputStream in = Files.newInputStream(TestProject.home().resolve(path))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<Path> jsonFiles(String folder) throws Exception {
        try (Stream<Path> s = Files.list(TestProject.home().resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("measures.json")).sorted().toList();
        }
    }

    @Test
    void everyBundledIndicatorAndLayoutFollowsItsSchema() throws Exception {
        Schema indicator = schema("indicators/schema/indicator.schema.json"), layout = schema("layouts/schema/layout.schema.json");
        List<Path> indicators = jsonFiles("indicators"), layouts = jsonFiles("layouts");
        assertThat(indicators).hasSizeGreaterThan(10);
        assertThat(layouts).hasSizeGreaterThan(2);
        for (Path f : indicators) assertThat(indicator.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
        for (Path f : layouts) assertThat(layout.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
    }

    @Test
    void aMisspeltIndicatorKeyIsRefusedByTheSchemaAndByTheLoaderWithItsLine() throws Exception {
        Path original = TestProject.home().resolve("indicators/energy-intensity.json");
        ObjectNode node = (ObjectNode) JSON.readTree(original.toFile());
        node.set("headine", node.remove("headline"));
        List<Error> errors = schema("indicators/schema/indicator.schema.json").validate(node);
        assertThat(errors).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("headine"));

        Path folder = Files.createDirectories(dir.resolve("indicators"));
        Path typo = folder.resolve("energy-intensity.json");
        Files.writeString(typo, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        var p = TestProject.project();
        assertThatThrownBy(() -> IndicatorLibrary.load(folder, p.measures(), p.factors()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(typo.toString())
                .hasMessageMatching("(?s).*line \\d+, column \\d+: unknown key \"headine\"; the keys allowed here are .*headline.*");
    }

    @Test
    void aMisspeltLayoutKeyIsRefusedByTheLoader() throws Exception {
        Path original = TestProject.home().resolve("layouts/eric-site-2023-24.json");
        ObjectNode node = (ObjectNode) JSON.readTree(original.toFile());
        node.set("headerrow", node.remove("headerRow"));
        assertThat(schema("layouts/schema/layout.schema.json").validate(node)).isNotEmpty();
        Path folder = Files.createDirectories(dir.resolve("layouts"));
        Files.writeString(folder.resolve("eric-site-2023-24.json"), JSON.writeValueAsString(node));
        var p = TestProject.project();
        assertThatThrownBy(() -> LayoutCatalogue.load(folder, p.measures()))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown key \"headerrow\"");
    }
}
