package org.nianbao.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.nianbao.publishing.ReportView;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The portal's PDF of a report, outside Spring, for benchmarks that need a PDF as input. */
public final class BenchPdfs {

    private BenchPdfs() {
    }

    public static byte[] render(ReportView view) {
        return renderer().apply(view);
    }

    /** One renderer (template engine built once, templates cached), as the portal's is. */
    public static java.util.function.Function<ReportView, byte[]> renderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BenchPdfs.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setEnableSpringELCompiler(false);
        ReportPdf pdf = new ReportPdf(templates, Clock.systemUTC());
        return pdf::render;
    }
}
