package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.validation.JAXPValidator;
import org.xmlunit.validation.Languages;
import org.xmlunit.validation.ValidationProblem;
import org.xmlunit.validation.ValidationResult;
import org.xmlunit.validation.Validator;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every XML part of the trust, ICS, region and England workbooks is valid against the ECMA-376 schemas that Apache
 * POI's poi-ooxml-full ships (SpreadsheetML, DrawingML charts and drawings, relationships, extended properties),
 * checked by XMLUnit's validator, not by the code that wrote them. The two parts whose schemas POI does not ship
 * (content types, core properties) are checked for what Excel refuses a file over: a content type for every part.
 * One small part, the trust workbook's workbook.xml (its sheets, the named what-if inputs and the calculation
 * settings), is compared with a reviewed copy, whitespace ignored.
 */
class WorkbookSchemaTest {
    private static final String SCHEMAS = "org/apache/poi/schemas/ooxml/src/";
    private static final String GOLDEN = "golden/trust-workbook.xml";
    private static Validator validator;

    @BeforeAll
    static void schemas() {
        List<Source> sources = new ArrayList<>();
        for (String xsd : List.of("sml.xsd", "dml-chart.xsd", "dml-spreadsheetDrawing.xsd", "opc-relationships.xsd",
                "shared-documentPropertiesExtended.xsd")) {
            URL url = WorkbookSchemaTest.class.getClassLoader().getResource(SCHEMAS + xsd);
            assertThat(url).as(xsd + " in poi-ooxml-full").isNotNull();
            sources.add(new StreamSource(url.toExternalForm()));
        }
        // Compiled once: XMLUnit's validator given only the sources compiles them again for every part it validates.
        try {
            var jaxp = new JAXPValidator(Languages.W3C_XML_SCHEMA_NS_URI);
            jaxp.setSchema(javax.xml.validation.SchemaFactory.newInstance(Languages.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(sources.toArray(Source[]::new)));
            validator = jaxp;
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException("the OOXML schemas of poi-ooxml-full do not compile", e);
        }
    }

    /** The parts of a workbook, by name. */
    private static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static boolean hasShippedSchema(String part) {
        return !part.equals("[Content_Types].xml") && !part.equals("docProps/core.xml");
    }

    @Test
    void everyWorkbookPartIsValidAgainstTheOoxmlSchemas() throws Exception {
        int validated = 0;
        for (Path file : FormulaCachedValuesTest.workbooks()) {
            for (Map.Entry<String, byte[]> part : parts(file).entrySet()) {
                if (!hasShippedSchema(part.getKey())) continue;
                ValidationResult result = validator.validateInstance(new StreamSource(new ByteArrayInputStream(withoutXmlSpace(part.getValue()))));
                List<String> problems = new ArrayList<>();
                for (ValidationProblem p : result.getProblems()) {
                    problems.add(p.getType() + " line " + p.getLine() + ", column " + p.getColumn() + ": " + p.getMessage());
                }
                assertThat(problems).as(file.getFileName() + " " + part.getKey()).isEmpty();
                validated++;
            }
        }
        // Worksheets, charts, drawings, relationships, styles, shared strings, tables, workbook and app properties.
        assertThat(validated).isGreaterThan(100);
    }

    @Test
    void everyPartHasAContentTypeAndEveryOverrideNamesAPartThatExists() throws Exception {
        for (Path file : FormulaCachedValuesTest.workbooks()) {
            Map<String, byte[]> parts = parts(file);
            Document types = parse(parts.get("[Content_Types].xml"));
            Map<String, String> byExtension = new LinkedHashMap<>(), overrides = new LinkedHashMap<>();
            NodeList defaults = types.getElementsByTagNameNS("*", "Default");
            for (int i = 0; i < defaults.getLength(); i++) {
                Element d = (Element) defaults.item(i);
                byExtension.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
            }
            NodeList os = types.getElementsByTagNameNS("*", "Override");
            for (int i = 0; i < os.getLength(); i++) {
                Element o = (Element) os.item(i);
                overrides.put(o.getAttribute("PartName"), o.getAttribute("ContentType"));
            }
            for (String part : parts.keySet()) {
                if (part.equals("[Content_Types].xml") || part.endsWith("/")) continue;
                String ext = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                assertThat(overrides.containsKey("/" + part) || byExtension.containsKey(ext))
                        .as(file.getFileName() + ": content type of " + part).isTrue();
            }
            for (String name : overrides.keySet()) {
                assertThat(parts).as(file.getFileName() + ": override " + name).containsKey(name.substring(1));
            }
            Document core = parse(parts.get("docProps/core.xml"));
            assertThat(core.getDocumentElement().getLocalName()).isEqualTo("coreProperties");
        }
    }

    @Test
    void theTrustWorkbooksSheetsNamedInputsAndCalculationSettingsAreAsReviewed() throws Exception {
        byte[] generated = parts(Workbooks.trust(FormulaCachedValuesTest.YEAR, "RJ1")).get("xl/workbook.xml");
        URL golden = WorkbookSchemaTest.class.getClassLoader().getResource(GOLDEN);
        assertThat(golden).as("test/src/test/resources/" + GOLDEN).isNotNull();
        Diff diff = DiffBuilder.compare(Input.fromURL(golden)).withTest(Input.fromByteArray(generated))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.getDifferences()).as("xl/workbook.xml of RJ1's workbook against test/src/test/resources/" + GOLDEN
                + "; if the change is meant, review the generated part and copy it there").isEmpty();
    }

    /**
     * The part without its {@code xml:space="preserve"} attributes: the XML specification defines them and Excel writes
     * them on text with leading or trailing spaces, but the ECMA schemas declare {@code <t>} as a simple type, so a
     * validator would refuse every workbook Excel itself saves.
     */
    private static byte[] withoutXmlSpace(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).replace(" xml:space=\"preserve\"", "").getBytes(StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
