package uk.nhs.greenbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as a table for people and as CSV for comparing runs. */
final class BenchReport {
    static final String CSV_HEADER = "run,stage,wall_s,cpu_s,cpu_use_pct,documents,documents_per_s,peak_heap_mib,peak_live_heap_mib,peak_rss_mib,note";

    private BenchReport() {
    }

    static String table(List<StageResult> results, int cores) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.printf(Locale.ROOT, "%-16s %-22s %8s %8s %6s %6s %8s %9s %9s %9s  %s%n", "run", "stage", "wall s", "cpu s",
                "cpu %", "docs", "docs/s", "heap MiB", "live MiB", "RSS MiB", "note");
        for (StageResult r : results) {
            out.printf(Locale.ROOT, "%-16s %-22s %8.2f %8.2f %6.0f %6s %8s %9s %9s %9s  %s%n", r.run(), r.stage(),
                    r.wallSeconds(), r.cpuSeconds(), r.cpuUse(cores), r.documents() == 0 ? "" : String.valueOf(r.documents()),
                    r.documents() == 0 ? "" : String.format(Locale.ROOT, "%.1f", r.documentsPerSecond()),
                    mib(r.peakHeap()), mib(r.peakLive()), mib(r.peakRss()), r.note());
        }
        out.flush();
        return s.toString();
    }

    static void writeCsv(List<StageResult> results, int cores, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (StageResult r : results) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.1f,%d,%.2f,%s,%s,%s,%s%n", csv(r.run()), csv(r.stage().trim()),
                    r.wallSeconds(), r.cpuSeconds(), r.cpuUse(cores), r.documents(), r.documentsPerSecond(),
                    mib(r.peakHeap()), mib(r.peakLive()), mib(r.peakRss()), csv(r.note())));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String mib(long bytes) {
        return bytes <= 0 ? "" : String.valueOf(Math.round(bytes / 1048576.0));
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
