package uk.nhs.greenbench.pdf;

import freemarker.cache.FileTemplateLoader;
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

/**
 * Writes the reports' narrative from Freemarker templates in {@code templates/narrative/}, so the wording can
 * be changed without touching Java. One configuration, shared (Freemarker caches parsed templates).
 */
public final class Narrative {
    private final Configuration config;

    public Narrative(Path folder) {
        try {
            config = new Configuration(Configuration.VERSION_2_3_33);
            config.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
            config.setDefaultEncoding("UTF-8");
            config.setLocale(Locale.UK);
            config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            config.setLogTemplateExceptions(false);
            config.setWrapUncheckedExceptions(true);
        } catch (IOException e) {
            throw new InputException(folder + ": narrative templates cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Renders a template; blank lines between paragraphs are kept, runs of them collapsed, lines trimmed. */
    public String render(String template, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return tidy(out.toString());
        } catch (IOException | TemplateException e) {
            throw new InputException("templates/narrative/" + template + ": " + e.getMessage(), e);
        }
    }

    static String tidy(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) sb.append(line.strip().replaceAll(" {2,}", " ")).append('\n');
        return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
