package uk.nhs.greenbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The route an analyst would otherwise take to a PDF: LibreOffice headless converting the workbooks. Converts a
 * sample of the pack's workbooks in one LibreOffice process (its start-up shared by the sample, the kindest
 * measure for LibreOffice) and gives the wall time per document.
 */
final class LibreOfficeComparison {
    private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/local/bin/soffice",
            "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice");

    /** What converting the sample took. */
    record Result(int documents, long wallNanos, int converted) {
        double secondsPerDocument() {
            return documents == 0 ? Double.NaN : wallNanos / 1e9 / documents;
        }
    }

    private LibreOfficeComparison() {
    }

    static Optional<String> binary() {
        for (String c : CANDIDATES) if (Files.isExecutable(Path.of(c))) return Optional.of(c);
        return Optional.empty();
    }

    static Result convert(String soffice, List<Path> workbooks, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("lo-profile"));
        Path out = Files.createDirectories(workDir.resolve("pdf"));
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", out.toString()));
        for (Path w : workbooks) cmd.add(w.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(workDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + workbooks.size() + " workbooks in 30 minutes");
        }
        long wall = System.nanoTime() - start;
        int converted;
        try (var files = Files.list(out)) {
            converted = (int) files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        return new Result(workbooks.size(), wall, converted);
    }
}
