package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input matrix: every broken or hostile input either loads with data-quality flags or fails with a
 * message naming the file (and row and column where there is one) and a documented exit code (3 for input,
 * 4 for output), never a stack trace. Fixtures derived from real files by a mutation say "synthetic" in their names.
 */
class BadInputsTest {
    static final String YEAR = "2019-20";

    @TempDir
    Path dir;

    /** The 2019/20 site file's header and its first {@code rows} data lines (a few whole trusts). */
    private List<String> realLines(int rows) throws Exception {
        List<String> all = Files.readAllLines(Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv"));
        return new ArrayList<>(all.subList(0, rows + 1));
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    /** A run on the files writing the tables only: the tests that look at documents say so ({@link #generateDocuments}). */
    private Packs.Run generate(Path... files) throws IOException {
        return run(List.of("--only", "tables"), files);
    }

    /** A run on the files writing the whole pack, workbooks and reports too. */
    private Packs.Run generateDocuments(Path... files) throws IOException {
        return run(List.of(), files);
    }

    private Packs.Run run(List<String> options, Path... files) throws IOException {
        List<String> args = new ArrayList<>(List.of("generate", "--home", Packs.oneYearHome(YEAR).toString(), "--year", YEAR,
                "--out", dir.resolve("out").toString(), "-q"));
        args.addAll(options);
        for (Path f : files) {
            args.add("--eric");
            args.add(f.toString());
        }
        return Packs.run(args.toArray(String[]::new));
    }

    private void assertFails(Packs.Run r, int code, String... fragments) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).startsWith("greenbench: ").doesNotContain("\tat uk.").doesNotContain("Exception");
        for (String f : fragments) assertThat(r.err()).contains(f);
    }

    private List<CSVRecord> dataQuality() throws Exception {
        return Packs.csv(dir.resolve("out").resolve(YEAR).resolve("data-quality.csv"));
    }

    private List<CSVRecord> figures() throws Exception {
        return Packs.csv(dir.resolve("out").resolve(YEAR).resolve("figures.csv")).stream().toList();
    }

    /** Replaces one cell (0-based column) of one data line (1-based) by text. */
    private static List<String> setCell(List<String> lines, int line, int column, String value) throws Exception {
        var parser = org.apache.commons.csv.CSVParser.parse(lines.get(line), org.apache.commons.csv.CSVFormat.DEFAULT);
        List<String> cells = new ArrayList<>(parser.getRecords().get(0).toList());
        cells.set(column, value);
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            if (sb.length() > 0) sb.append(',');
            sb.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        List<String> out = new ArrayList<>(lines);
        out.set(line, sb.toString());
        return out;
    }

    static final int GIA = 25, ELECTRICITY = 88, TRUST_CODE = 0, TRUST_NAME = 1;

    @Test
    void anEmptyFileIsAnInputError() throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.write(f, new byte[0]);
        assertFails(generate(f), 3, "empty.csv", "empty");
    }

    @Test
    void aHeaderWithoutRowsIsAnInputError() throws Exception {
        assertFails(generate(write("header-only.csv", realLines(0))), 3, "header-only.csv", "no data rows");
    }

    @Test
    void aTruncatedLastRowLoadsWithAFlag() throws Exception {
        List<String> lines = realLines(20);
        String last = lines.get(20);
        lines.set(20, last.substring(0, last.length() / 3));
        Files.writeString(dir.resolve("synthetic-truncated.csv"), String.join("\r\n", lines), StandardCharsets.UTF_8);
        Packs.Run r = generate(dir.resolve("synthetic-truncated.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dataQuality()).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("short_row");
            assertThat(q.get("source")).contains("row 21");
        });
    }

    @Test
    void aFileWithoutAFloorAreaIsAnUnknownLayoutListingWhatWasNotFound() throws Exception {
        List<String> lines = realLines(5);
        lines.set(0, lines.get(0).replace("Gross internal floor area (m²)", "Floor space"));
        assertFails(generate(write("synthetic-renamed.csv", lines)), 3, "synthetic-renamed.csv: unknown ERIC layout", "gia_m2", "| Floor space");
    }

    @Test
    void aMissingMeasureColumnIsNotPublishedAndItsIndicatorsAreNotComputed() throws Exception {
        // The 91st column is "Gas consumed (kWh)": without it an energy total would leave the gas out, so energy
        // indicators are not computed rather than understated; water, which does not need gas, still is.
        List<String> dropped = new ArrayList<>();
        for (String l : realLines(5)) dropped.add(l.replaceFirst("^((?:(?:\"[^\"]*\"|[^,]*),){90})(?:\"[^\"]*\"|[^,]*),", "$1"));
        assertThat(dropped.get(0)).doesNotContain("Gas consumed (kWh)").contains("Gas costs (£),Oil costs (£)");
        Packs.Run r = generate(write("synthetic-dropped-column.csv", dropped));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dataQuality()).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("not_in_source");
            assertThat(q.get("indicator")).isEqualTo("energy-intensity");
            assertThat(q.get("message")).contains("has no column \"Gas consumed (kWh)\"");
        });
        assertThat(dataQuality()).noneSatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("not_in_source");
            assertThat(q.get("indicator")).isEqualTo("water-intensity");
        });
    }

    @Test
    void theSameTrustTwiceInATrustLevelFileIsFlagged() throws Exception {
        List<String> trust = Files.readAllLines(Packs.home().resolve("data/eric/2023-24/eric_2023_24_trust_data.csv"));
        List<String> doubled = new ArrayList<>(trust.subList(0, 5));
        doubled.add(trust.get(3));
        Path t = dir.resolve("synthetic-repeated-trust.csv");
        Files.writeString(t, String.join("\n", doubled) + "\n", StandardCharsets.UTF_8);
        Packs.Run r = generate(write("sites.csv", realLines(20)), t);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dataQuality()).anySatisfy(q -> assertThat(q.get("issue")).isEqualTo("repeated_trust"));
    }

    @Test
    void textInANumericCellNamesFileRowAndColumn() throws Exception {
        for (String bad : List.of("1,2,3", "#REF!", "1e400", "twelve")) {
            Packs.Run r = generate(write("synthetic-text.csv", setCell(realLines(10), 4, ELECTRICITY, bad)));
            assertFails(r, 3, "synthetic-text.csv, row 5, column \"Electricity consumed (kWh)\"", bad);
        }
    }

    @Test
    void poundSignsAndNoValueMarkersAreRead() throws Exception {
        List<String> lines = setCell(realLines(10), 4, ELECTRICITY, "£1,000");
        lines = setCell(lines, 5, ELECTRICITY, "n/a");
        lines = setCell(lines, 6, ELECTRICITY, "-");
        Packs.Run r = generate(write("synthetic-markers.csv", lines));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void negativeConsumptionIsFlaggedNotFatal() throws Exception {
        Packs.Run r = generate(write("synthetic-negative.csv", setCell(realLines(10), 3, ELECTRICITY, "-5000")));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dataQuality()).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("negative_value");
            assertThat(q.get("source")).contains("row 4").contains("Electricity consumed (kWh)");
        });
    }

    @Test
    void aValueAThousandTimesItsPeersIsFlaggedAsALikelyUnitErrorAndLeftOut() throws Exception {
        List<String> lines = realLines(400);
        var first = org.apache.commons.csv.CSVParser.parse(lines.get(1), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0);
        String water = first.get(108).replace(",", "");
        lines = setCell(lines, 1, 108, String.valueOf(Double.parseDouble(water) * 1000));
        Packs.Run r = generate(write("synthetic-unit-slip.csv", lines));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(figures()).anySatisfy(f -> {
            assertThat(f.get("code")).isEqualTo(first.get(0));
            assertThat(f.get("indicator")).isEqualTo("water-intensity");
            assertThat(f.get("quality_flags")).contains("unit_error_likely(robust z");
            assertThat(f.get("value")).isNotEmpty();
            assertThat(f.get("saving_typical_gbp")).isEmpty();
        });
    }

    @Test
    void windows1252AByteOrderMarkAndMixedLineEndingsAreRead() throws Exception {
        List<String> lines = realLines(20);
        byte[] cp1252 = (String.join("\n", lines) + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(dir.resolve("cp1252.csv"), cp1252);
        assertThat(generate(dir.resolve("cp1252.csv")).exitCode()).isZero();
        byte[] body = (String.join("\r\n", lines.subList(0, 10)) + "\n" + String.join("\n", lines.subList(10, 21)) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Files.write(dir.resolve("bom-mixed.csv"), bom);
        Packs.Run r = generate(dir.resolve("bom-mixed.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        long trustsInInput = lines.subList(1, 21).stream().map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        assertThat(figures().stream().filter(f -> f.get("level").equals("trust")).map(f -> f.get("code")).distinct().count())
                .as("every trust in the file is read").isEqualTo(trustsInInput);
    }

    @Test
    void aCsvNamedXlsxACorruptZipAndAZipBombAreRefused() throws Exception {
        Path fake = dir.resolve("really-a-csv.xlsx");
        Files.writeString(fake, String.join("\n", realLines(3)));
        assertFails(generate(fake), 3, "really-a-csv.xlsx", "not a readable Excel workbook");
        byte[] real = Files.readAllBytes(Packs.home().resolve("data/ghg/desnz-2023/ghg-conversion-factors-2023-flat-file-update.xlsx"));
        Path corrupt = dir.resolve("synthetic-corrupt.xlsx");
        Files.write(corrupt, java.util.Arrays.copyOf(real, real.length / 2));
        assertFails(generate(corrupt), 3, "synthetic-corrupt.xlsx");
        Path bomb = dir.resolve("synthetic-zip-bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) z.write(spaces);
            z.closeEntry();
        }
        assertFails(generate(bomb), 3, "synthetic-zip-bomb.xlsx");
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("Site Data").createRow(1).createCell(0).setCellValue("Organisation Code");
            wb.write(out);
        }
        Path locked = dir.resolve("synthetic-locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertFails(generate(locked), 3, "synthetic-locked.xlsx", "password-protected");
    }

    @Test
    void brokenIndicatorDefinitionsNameTheFileLineAndProblem() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String sub : List.of("layouts", "factors", "regions", "templates")) copyTree(Packs.home().resolve(sub), home.resolve(sub));
        Files.createDirectories(home.resolve("data"));
        Files.createSymbolicLink(home.resolve("data/eric"), Packs.home().resolve("data/eric"));
        Files.createSymbolicLink(home.resolve("data/ghg"), Packs.home().resolve("data/ghg"));
        Files.copy(Packs.home().resolve("data/bundled.json"), home.resolve("data/bundled.json"));
        Path indicators = Files.createDirectories(home.resolve("indicators"));
        String water = Files.readString(Packs.home().resolve("indicators/water-intensity.json"));
        Path f = indicators.resolve("water-intensity.json");
        String[][] cases = {
                {"{\n  \"id\": \"water-intensity\",\n  \"title\": oops\n}", "water-intensity.json, line 3, column"},
                {water.replace("\"water_m3\"", "\"water_litres\""), "unknown measure \"water_litres\""},
                {water.replace("\"polarity\": \"low_is_good\",", ""), "\"polarity\" is missing"},
        };
        for (String[] c : cases) {
            Files.writeString(f, c[0]);
            assertFails(Packs.run("generate", "--home", home.toString(), "--out", dir.resolve("o").toString(), "-q"), 3, c[1]);
        }
    }

    @Test
    void aYearWithNoFactorSetIsAnInputError() throws Exception {
        Packs.Run r = Packs.run("generate", "--year", "2005-06", "--eric", write("sites.csv", realLines(10)).toString(),
                "--out", dir.resolve("out").toString(), "-q");
        assertFails(r, 3, "No carbon factor set covers 2005-06");
    }

    @Test
    void namesLikeFormulasStayTextAndCodesCannotLeaveTheOutputFolder() throws Exception {
        List<String> lines = realLines(30);
        var first = org.apache.commons.csv.CSVParser.parse(lines.get(1), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0);
        String code = first.get(0);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(code + ",")) {
                lines = setCell(lines, i, TRUST_NAME, "=HYPERLINK(\"http://example.invalid\",\"x\")");
                lines = setCell(lines, i, TRUST_CODE, "../../EVIL");
            }
        }
        Packs.Run r = generate(write("synthetic-hostile-names.csv", lines));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String csv = Files.readString(dir.resolve("out").resolve(YEAR).resolve("figures.csv"));
        assertThat(csv).contains("'=HYPERLINK").contains("../../EVIL");
        try (var s = Files.walk(dir.resolve("out"))) {
            assertThat(s.filter(p -> p.getFileName().toString().contains("EVIL"))).allSatisfy(p -> {
                assertThat(p.normalize().startsWith(dir.resolve("out").resolve(YEAR))).isTrue();
                assertThat(p.getFileName().toString()).startsWith("EVIL_");
            });
        }
        assertThat(dir.resolve("EVIL-")).doesNotExist();
    }

    @Test
    void trustCodesDifferingOnlyInCaseOrAfterTheTwentiethCharacterEachGetTheirOwnDocuments() throws Exception {
        List<String> lines = realLines(60);
        List<String> codes = new ArrayList<>();
        String[] made = {"rxx", "RXX", "Rxx", "SYNTHETICCODE12345678A", "SYNTHETICCODE12345678B"};
        int next = 0;
        String previous = null;
        for (int i = 1; i < lines.size() && next < made.length; i++) {
            String code = org.apache.commons.csv.CSVParser.parse(lines.get(i), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0).get(TRUST_CODE);
            if (previous != null && !code.equals(previous)) next++;
            previous = code;
            if (next >= made.length) break;
            lines = setCell(lines, i, TRUST_CODE, made[next]);
            if (!codes.contains(made[next])) codes.add(made[next]);
        }
        Packs.Run r = generateDocuments(write("synthetic-colliding-codes.csv", lines));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> trusts = figures().stream().filter(f -> f.get("level").equals("trust")).map(f -> f.get("code")).distinct().toList();
        assertThat(trusts).containsAll(codes);
        try (var s = Files.list(dir.resolve("out").resolve(YEAR).resolve("trusts"))) {
            // One workbook and one report for every trust, even on a file system that ignores case.
            List<String> names = s.map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".xlsx"))).hasSize(trusts.size()).doesNotHaveDuplicates();
            assertThat(names.stream().filter(n -> n.endsWith(".pdf"))).hasSize(trusts.size());
        }
    }

    @Test
    void anOutputFolderHoldingAnInputIsRefusedAndTheInputSurvives() throws Exception {
        Path data = dir.resolve("data");
        Path input = data.resolve(YEAR).resolve("sites.csv");
        Files.createDirectories(input.getParent());
        Files.writeString(input, String.join("\r\n", realLines(10)) + "\r\n");
        Packs.Run r = Packs.run("generate", "--year", YEAR, "--eric", input.toString(), "--out", data.toString(), "-q");
        assertFails(r, 4, "an input of this run");
        assertThat(input).exists();
        // The bundled data too: --out data/eric would replace the folder holding the 2019/20 site file.
        assertFails(Packs.run("generate", "--year", YEAR, "--out", Packs.home().resolve("data/eric").toString(), "-q"), 4, "an input of this run");
        assertThat(Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv")).exists();
    }

    @Test
    void aFolderTheUserMadeIsNotReplacedButAPackGreenbenchWroteIs() throws Exception {
        Path mine = dir.resolve("out").resolve(YEAR);
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("my-notes.docx"), "the user's own document");
        Path sites = write("sites.csv", realLines(10));
        assertFails(generate(sites), 4, "did not write", "manifest.json");
        assertThat(mine.resolve("my-notes.docx")).hasContent("the user's own document");
        Files.delete(mine.resolve("my-notes.docx"));
        assertThat(generate(sites).exitCode()).isZero();
        assertThat(generate(sites).exitCode()).as("a pack greenbench wrote is replaced").isZero();
    }

    @Test
    void aRepeatedHeaderTheLayoutReadsIsRefusedNamingItsColumns() throws Exception {
        List<String> lines = realLines(20);
        var header = org.apache.commons.csv.CSVParser.parse(lines.get(0), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0);
        String gas = "Gas consumed (kWh)";
        int gasColumn = header.toList().indexOf(gas);
        assertThat(gasColumn).isPositive();
        // A column the layout does not read ("Tenure") renamed to the gas header: two columns now claim to be gas.
        int tenure = header.toList().indexOf("Tenure");
        assertThat(tenure).isPositive();
        lines = setCell(lines, 0, tenure, gas);
        assertFails(generate(write("synthetic-repeated-header.csv", lines)), 3, "repeats a header", "\"" + gas + "\" in columns");
    }

    @Test
    void aSiteRowRepeatedWithinItsTrustIsListedAndNotAddedAgain() throws Exception {
        List<String> lines = realLines(20);
        Packs.Run once = generate(write("sites.csv", lines));
        assertThat(once.exitCode()).as(once.err()).isZero();
        var first = org.apache.commons.csv.CSVParser.parse(lines.get(1), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0);
        String trust = first.get(TRUST_CODE);
        String before = figures().stream().filter(f -> f.get("code").equals(trust) && f.get("indicator").equals("energy-intensity"))
                .findFirst().orElseThrow().get("numerator");
        List<String> twice = new ArrayList<>(lines);
        twice.add(2, lines.get(1));
        Packs.Run r = generate(write("synthetic-repeated-site-row.csv", twice));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(figures().stream().filter(f -> f.get("code").equals(trust) && f.get("indicator").equals("energy-intensity"))
                .findFirst().orElseThrow().get("numerator")).as("the trust's energy is not doubled").isEqualTo(before);
        assertThat(dataQuality()).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("repeated_site");
            assertThat(q.get("code")).isEqualTo(trust);
            assertThat(q.get("source")).contains("row 3");
        });
    }

    @Test
    void digitsGroupedWithSpacesFollowTheCommaRuleAndHugeValuesAreRefused() throws Exception {
        List<String> lines = realLines(20);
        lines = setCell(lines, 1, ELECTRICITY, "4 2");
        lines = setCell(lines, 2, ELECTRICITY, "1e308");
        lines = setCell(lines, 3, ELECTRICITY, "1 234 567");
        Packs.Run r = generate(write("synthetic-spaced-and-huge-numbers.csv", lines));
        assertFails(r, 3, "row 2, column \"Electricity consumed (kWh)\"", "groups of three", "row 3", "out of range");
        assertThat(r.err()).doesNotContain("row 4,");
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneIsRefusedNamingTheEncoding() throws Exception {
        String text = String.join("\r\n", realLines(10)) + "\r\n";
        Path withBom = dir.resolve("utf16-bom.csv");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(withBom, bytes);
        Packs.Run r = generate(withBom);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve(YEAR).resolve("manifest.json"))).contains("UTF-16LE (BOM)");
        Path without = dir.resolve("utf16-no-bom.csv");
        Files.write(without, body);
        assertFails(generate(without), 3, "utf16-no-bom.csv", "NUL bytes", "UTF-16");
        assertThat(r.err()).doesNotContain("\u0000");
    }

    @Test
    void oneStrayWindows1252ByteInAUtf8FileIsReadAsUtf8AndTheManifestSaysWhere() throws Exception {
        List<String> lines = setCell(realLines(10), 4, TRUST_NAME, "A TRUST \u0001");
        Path f = dir.resolve("stray-byte.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (String line : lines) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            // A pound sign in Windows-1252 (one byte, 0xA3) in a trust name on line 5; the rest is UTF-8 (£, ² in headers).
            for (int j = 0; j < b.length; j++) if (b[j] == 1) b[j] = (byte) 0xA3;
            bytes.write(b);
            bytes.write(new byte[]{'\r', '\n'});
        }
        Files.write(f, bytes.toByteArray());
        Packs.Run r = generate(f);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve(YEAR).resolve("manifest.json")))
                .contains("UTF-8 (1 byte not valid UTF-8, the first on line 5");
    }

    @Test
    void rowsAreNumberedAsASpreadsheetNumbersThemAfterAQuotedLineBreak() throws Exception {
        List<String> lines = realLines(10);
        lines = setCell(lines, 2, TRUST_NAME, "A NAME\nON TWO LINES");
        lines = setCell(lines, 4, ELECTRICITY, "twelve");
        // Spreadsheet row 5 (the header is row 1), though it starts on text line 6.
        assertFails(generate(write("synthetic-line-break.csv", lines)), 3, "row 5, column \"Electricity consumed (kWh)\"");
    }

    @Test
    void aDeviceOrAFolderGivenAsAFileIsRefusedNotReadForever() throws Exception {
        assertFails(Packs.run("generate", "--year", YEAR, "--eric", "/dev/zero", "--out", dir.resolve("out").toString()), 3, "/dev/zero", "not a regular file");
        assertFails(Packs.run("generate", "--returns", dir.toString(), "--out", dir.resolve("out").toString()), 3, "not a regular file");
    }

    @Test
    void aReturnsFileFarLargerThanAnyRealOneIsRefusedWithItsLimit() throws Exception {
        Path f = dir.resolve("two-million-returns.csv");
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("year,org_code,measure,value,unit\n");
            for (int i = 0; i < 2_000_000; i++) w.write("2023-24,SYN" + i + ",staff_wte,1,WTE\n");
        }
        assertFails(Packs.run("generate", "--returns", f.toString(), "--out", dir.resolve("out").toString()), 3,
                "two-million-returns.csv", "more than 250,000 rows");
    }

    @Test
    void anEndlessCellIsRefusedWithTheLimitNotReadIntoMemory() throws Exception {
        List<String> lines = realLines(5);
        Path f = dir.resolve("synthetic-endless-cell.csv");
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (String l : lines) w.write(l + "\r\n");
            w.write("\"");
            for (int i = 0; i < 3_000; i++) w.write("x".repeat(1_000));
            w.write("\"\r\n");
        }
        assertFails(generate(f), 3, "synthetic-endless-cell.csv", "a row longer than 1,000,000 characters");
        Path returns = dir.resolve("endless-returns.csv");
        Files.writeString(returns, "year,org_code,measure,value,unit\n2023-24,RJ1,staff_wte," + "9".repeat(2_000_000) + ",WTE\n");
        assertFails(Packs.run("generate", "--returns", returns.toString(), "--out", dir.resolve("out").toString()), 3,
                "endless-returns.csv", "a row longer than");
    }

    @Test
    void aWorkbookThatUnpacksFarBeyondAnyRealOneIsRefusedWithItsLimit() throws Exception {
        Path f = dir.resolve("synthetic-huge-sheet.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] row = "<row><c t=\"n\"><v>123456.789</v></c></row>\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (70L << 20); written += row.length) zip.write(row);
            zip.closeEntry();
        }
        assertFails(generate(f), 3, "synthetic-huge-sheet.xlsx", "unpacks to", "more than 64 MB");
    }

    @Test
    void theSameFileGivenTwiceIsRefused() throws Exception {
        Path a = write("sites.csv", realLines(10));
        Path copy = dir.resolve("copy-of-sites.csv");
        Files.copy(a, copy);
        assertFails(generate(a, a), 3, "same SHA-256");
        assertFails(generate(a, copy), 3, "same SHA-256");
    }

    @Test
    void aYearThatIsNotAFinancialYearIsRefusedWhateverElseIsGiven() throws Exception {
        Path a = write("sites.csv", realLines(10));
        assertFails(Packs.run("generate", "--year", "2023-25", "--eric", a.toString(), "--out", dir.resolve("out").toString()), 2, "financial year");
        assertFails(Packs.run("generate", "--year", "2023-25"), 2, "financial year");
        assertThat(dir.resolve("out").resolve("2023-25")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsExitFour() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        Packs.Run r = Packs.run("generate", "--year", YEAR, "--eric", write("sites.csv", realLines(10)).toString(),
                "--out", file.resolve("sub").toString(), "-q");
        assertFails(r, 4, "Could not write the pack");
    }

    @Test
    void aBrokenReturnsFileNamesEveryBadRowAndColumnAndWritesNoPack() throws Exception {
        Path f = dir.resolve("synthetic-bad-returns.csv");
        Files.writeString(f, String.join("\n",
                "year,org_code,measure,value,unit",
                "2023-24,R1F,desflurane_l,1.5,kg",
                "2023-24,R1F,petrol_litres,100,L",
                "2023-24,R1F,operations,-5,operations",
                "2023-24,R1F,staff_wte,\"1,00\",WTE",
                "2023/24,R1F,fleet_vehicles,60,vehicles",
                "2023/24,R1F,fleet_vehicles,61,vehicles",
                "23-24,R1F,fleet_miles,10,miles",
                "2023-24,r 1f,fleet_miles,10,miles") + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Packs.Run r = Packs.run("generate", "--year", "2023-24", "--returns", f.toString(), "--out", out.toString(), "-q");
        assertFails(r, 3, "7 problems in the returns file synthetic-bad-returns.csv",
                "synthetic-bad-returns.csv, row 2, column \"unit\": \"kg\" is not a unit of desflurane_l; expected L or ml",
                "row 3, column \"measure\": \"petrol_litres\" is not a returns measure",
                "row 4, column \"value\": expected zero or more, found -5",
                "row 5, column \"value\": expected a number with thousands separators (comma or space) in groups of three",
                "row 7, column \"measure\": fleet_vehicles for R1F in 2023-24 is already given at row 6",
                "row 8, column \"year\": expected a financial year such as 2023-24, found \"23-24\"",
                "row 9, column \"org_code\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReturnsFileWithoutTheColumnsSaysWhichIsMissing() throws Exception {
        Path f = dir.resolve("synthetic-returns-no-unit.csv");
        Files.writeString(f, "year,org_code,measure,value\n2023-24,R1F,staff_wte,100\n", StandardCharsets.UTF_8);
        assertFails(Packs.run("generate", "--year", "2023-24", "--returns", f.toString(), "--out", dir.resolve("out").toString(), "-q"),
                3, "synthetic-returns-no-unit.csv, row 1, column \"unit\": the header has no such column",
                "year,org_code,measure,value,unit");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
