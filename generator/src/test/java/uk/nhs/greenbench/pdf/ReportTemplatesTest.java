package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report is not filled while its template declares a parameter the Java did not supply. */
class ReportTemplatesTest {
    @Test
    void aParameterTheTemplateDeclaresButTheCallerLeftOutStopsTheFillNamingIt() {
        Map<String, Object> params = new HashMap<>();
        for (JRParameter p : ReportTemplates.get("trust-report").getParameters()) if (!p.isSystemDefined()) params.put(p.getName(), null);
        params.remove("Flags");
        assertThatThrownBy(() -> ReportTemplates.fill("trust-report", params, new JREmptyDataSource(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("templates/trust-report.jrxml")
                .hasMessageContaining("$P{Flags}");
    }

    @Test
    void jasperReportsOwnParametersAreNotTheCallersToSupply() {
        JRParameter[] declared = ReportTemplates.get("area-report").getParameters();
        assertThat(ReportTemplates.missing(declared, Map.of())).contains("ReportTitle", "Glossary")
                .doesNotContain(JRParameter.REPORT_LOCALE, JRParameter.REPORT_PARAMETERS_MAP);
    }
}
