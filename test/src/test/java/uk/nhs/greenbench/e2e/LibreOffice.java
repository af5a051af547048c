package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc, headless, as a real client: converts a workbook to xlsx with "always recalculate on load"
 * set in a private profile, so the file it writes holds LibreOffice's own results. CI installs LibreOffice
 * (.ci/run); on a developer machine without it these tests are skipped, never passed.
 */
final class LibreOffice {
    private static final String PROFILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOffice() {
    }

    static String binary() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        if ("true".equals(System.getenv("CI"))) throw new AssertionError("LibreOffice must be installed in CI (.ci/run installs libreoffice-calc-nogui)");
        Assumptions.abort("LibreOffice is not installed here");
        return null;
    }

    /** Opens {@code xlsx} in LibreOffice, recalculates everything and saves it as a new xlsx, which is returned. */
    static Path recalculate(Path xlsx, Path workDir) throws IOException, InterruptedException {
        return recalculate(List.of(xlsx), workDir).get(0);
    }

    /** As {@link #recalculate(Path, Path)} for several workbooks in one start of LibreOffice; the results in the same order. */
    static List<Path> recalculate(List<Path> files, Path workDir) throws IOException, InterruptedException {
        String soffice = binary();
        Path profile = workDir.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), PROFILE, StandardCharsets.UTF_8);
        Path out = workDir.resolve("recalculated");
        Files.createDirectories(out);
        List<String> cmd = new java.util.ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(workDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + files);
        }
        List<Path> results = new java.util.ArrayList<>();
        for (Path xlsx : files) {
            Path result = out.resolve(xlsx.getFileName());
            if (!Files.exists(result)) {
                throw new AssertionError("LibreOffice wrote nothing for " + xlsx + ": " + Files.readString(workDir.resolve("soffice.log")));
            }
            results.add(result);
        }
        return results;
    }
}
