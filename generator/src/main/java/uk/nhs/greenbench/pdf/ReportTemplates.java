package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import java.io.InputStream;
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
}
