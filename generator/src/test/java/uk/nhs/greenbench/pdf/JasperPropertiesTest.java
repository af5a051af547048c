package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSubreportRunnerFactory;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** jasperreports.properties names greenbench's classes as text: a rename would silently fall back to the defaults. */
class JasperPropertiesTest {

    @Test
    void subreportsAreFilledOnThreadsThatChargeTheirCpuToTheirReport() throws Exception {
        assertThat(classNamedBy(JRSubreportRunnerFactory.SUBREPORT_RUNNER_FACTORY))
                .isEqualTo(SubreportThreads.class).isAssignableTo(JRSubreportRunnerFactory.class);
    }

    @Test
    void pdfsAreMadeByGreenbenchsProducer() throws Exception {
        assertThat(classNamedBy(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY))
                .isEqualTo(ReportPdfProducer.Factory.class).isAssignableTo(PdfProducerFactory.class);
    }

    private static Class<?> classNamedBy(String property) throws ClassNotFoundException {
        String name = DefaultJasperReportsContext.getInstance().getProperty(property);
        assertThat(name).as(property).isNotNull();
        return Class.forName(name);
    }
}
