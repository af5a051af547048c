package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JasperReports checks at compile time that a template declares what it uses, but not that a subreport or a table's
 * dataset is handed every parameter it declares: a missing one prints as an empty field. For every template, each
 * subreport gets every parameter of its template and each dataset run every parameter of its dataset. (That the
 * Java supplies every parameter of a report is refused at fill time, so every generated pack checks it.)
 */
class TemplateParametersTest {
    private static final Pattern PARAM = Pattern.compile("\\$P\\{(\\w+)}");
    private final XPathEngine xpath = new JAXPXPathEngine();

    private static List<Path> templates() throws Exception {
        try (Stream<Path> s = Files.list(Packs.home().resolve("templates"))) {
            return s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    private static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    private Set<String> names(Node context, String path) {
        Set<String> out = new TreeSet<>();
        for (Node n : xpath.selectNodes(path, context)) out.add(((Element) n).getAttribute("name"));
        return out;
    }

    /** {@code $P{TrendPage}} → templates/trend-page.jrxml */
    private static Path subreportTemplate(Path dir, String expression) {
        Matcher m = PARAM.matcher(expression);
        assertThat(m.find()).as("subreport expression " + expression).isTrue();
        String file = m.group(1).replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ".jrxml";
        return dir.resolve(file);
    }

    @Test
    void everySubreportIsHandedEveryParameterItsTemplateDeclares() throws Exception {
        int subreports = 0;
        for (Path t : templates()) {
            Document doc = parse(t);
            for (Node n : xpath.selectNodes("//element[@kind='subreport']", doc)) {
                Path sub = subreportTemplate(t.getParent(), xpath.evaluate("expression", n));
                assertThat(sub).as(t.getFileName() + "'s subreport").exists();
                Set<String> declared = names(parse(sub), "/jasperReport/parameter");
                assertThat(names(n, "parameter")).as(t.getFileName() + " → " + sub.getFileName()).isEqualTo(declared);
                subreports++;
            }
        }
        assertThat(subreports).as("subreports in the templates").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDatasetRunIsHandedEveryParameterItsDatasetDeclares() throws Exception {
        int runs = 0;
        for (Path t : templates()) {
            Document doc = parse(t);
            for (Node n : xpath.selectNodes("//datasetRun", doc)) {
                String dataset = ((Element) n).getAttribute("subDataset");
                Set<String> declared = names(doc, "/jasperReport/dataset[@name='" + dataset + "']/parameter");
                assertThat(names(n, "parameter")).as(t.getFileName() + " dataset " + dataset).containsAll(declared);
                runs++;
            }
        }
        assertThat(runs).as("dataset runs in the templates").isGreaterThanOrEqualTo(3);
    }
}
