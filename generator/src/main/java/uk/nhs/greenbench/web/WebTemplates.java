package uk.nhs.greenbench.web;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import uk.nhs.greenbench.ingest.InputException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The site's Freemarker templates ({@code templates/web/*.ftlh}): HTML output, every value escaped unless marked. */
final class WebTemplates {
    private final Configuration config;
    private final Path folder;

    WebTemplates(Path folder) {
        this.folder = folder;
        try {
            config = new Configuration(Configuration.VERSION_2_3_33);
            config.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
            config.setDefaultEncoding("UTF-8");
            config.setOutputFormat(HTMLOutputFormat.INSTANCE);
            config.setLocale(Locale.UK);
            // Numbers reach the templates already formatted; any left are written plainly, never as 1,234.5.
            config.setNumberFormat("computer");
            config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            config.setLogTemplateExceptions(false);
            config.setWrapUncheckedExceptions(true);
        } catch (IOException e) {
            throw new InputException(folder + ": web templates cannot be read (" + e.getMessage() + ")", e);
        }
    }

    String render(String template, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter(32_768);
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new InputException(folder.resolve(template) + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }
}
