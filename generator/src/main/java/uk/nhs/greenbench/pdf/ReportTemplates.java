package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The report templates compiled at build time ({@code reports/*.jasper} on the classpath), loaded once. */
public final class ReportTemplates {
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    private ReportTemplates() {
    }

    public static JasperReport get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/" + n + ".jasper")) {
                if (in == null) throw new IllegalStateException("compiled report template reports/" + n + ".jasper is missing: rebuild with Maven");
                return (JasperReport) JRLoader.loadObject(in);
            } catch (JRException | java.io.IOException e) {
                throw new IllegalStateException("cannot load reports/" + n + ".jasper: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Fills a template, refusing to when the template declares a parameter the caller did not supply: JasperReports
     * would print an empty field, and a report that silently loses a paragraph is worse than one that fails.
     */
    static JasperPrint fill(String name, Map<String, Object> params, JRDataSource data) throws JRException {
        JasperReport report = get(name);
        List<String> missing = missing(report.getParameters(), params);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("templates/" + name + ".jrxml declares " + String.join(", ", missing.stream().map(m -> "$P{" + m + "}").toList())
                    + " but the report's Java supplies no value for " + (missing.size() == 1 ? "it" : "them"));
        }
        return JasperFillManager.fillReport(report, params, data);
    }

    /** The template's own parameters (not JasperReports' built-in ones) that {@code params} has no entry for. */
    static List<String> missing(JRParameter[] declared, Map<String, ?> params) {
        List<String> missing = new ArrayList<>();
        for (JRParameter p : declared) if (!p.isSystemDefined() && !params.containsKey(p.getName())) missing.add(p.getName());
        return missing;
    }
}
