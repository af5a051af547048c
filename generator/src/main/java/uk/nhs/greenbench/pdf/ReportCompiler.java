package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: compiles every {@code .jrxml} in the templates folder to a {@code .jasper} in the classes
 * folder (run by Maven in process-classes), so reports never compile templates at run time.
 */
public final class ReportCompiler {
    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) throw new IllegalArgumentException("usage: ReportCompiler TEMPLATES_DIR OUTPUT_DIR");
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> templates;
        try (Stream<Path> s = Files.list(in)) {
            templates = s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path t : templates) {
            String name = t.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(t.toString(), out.resolve(name).toString());
            System.out.println("Compiled " + t.getFileName() + " -> reports/" + name);
        }
    }
}
