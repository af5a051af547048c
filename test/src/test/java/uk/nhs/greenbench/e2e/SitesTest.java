package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sites named: the trust workbook's Sites sheet and the report's largest sites, read back with POI and PDFBox and
 * checked against the bundled ERIC site file read here with Commons CSV, and against figures.csv.
 */
class SitesTest {
    private static final String YEAR = "2023-24";
    private static final String TRUST = "RJ1";

    /** RJ1's rows of the bundled site file, as published: site code → floor area (m²), in file order. */
    private static Map<String, Double> publishedSites() throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(Packs.home().resolve("data/eric/2023-24/ERIC_Site.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) {
                if (!rec.get("Trust Code").trim().equals(TRUST)) continue;
                String area = rec.get("Gross internal floor area (m²)").replace(",", "").trim();
                out.put(rec.get("Site Code").trim(), area.matches("[0-9.]+") ? Double.parseDouble(area) : null);
            }
        }
        return out;
    }

    private static XSSFSheet sitesSheet(XSSFWorkbook wb) {
        XSSFSheet s = wb.getSheet("Sites");
        assertThat(s).as("Sites sheet").isNotNull();
        return s;
    }

    private static List<String> headers(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        s.getRow(4).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void everySiteOfTheTrustIsOnItsSitesSheetLargestFirstWithItsPublishedFloorArea() throws Exception {
        Map<String, Double> published = publishedSites();
        assertThat(published).hasSizeGreaterThan(5);
        try (InputStream in = Files.newInputStream(Workbooks.trust(YEAR, TRUST)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = sitesSheet(wb);
            Map<String, Double> listed = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int r = 5; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                names.add(row.getCell(1).getStringCellValue());
                listed.put(row.getCell(0).getStringCellValue(), row.getCell(3).getCellType() == CellType.NUMERIC ? row.getCell(3).getNumericCellValue() : null);
            }
            assertThat(listed).containsExactlyInAnyOrderEntriesOf(published);
            List<Double> areas = listed.values().stream().map(a -> a == null ? -1 : a).toList();
            assertThat(areas).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(names).anyMatch(n -> n.contains("GUY'S")).anyMatch(n -> n.contains("ST THOMAS"));
        }
    }

    @Test
    void theSitesEnergyAddsUpToTheTrustsEnergyInFiguresCsv() throws Exception {
        CSVRecord energy = Packs.figure(YEAR, "trust", TRUST, "energy-intensity");
        try (InputStream in = Files.newInputStream(Workbooks.trust(YEAR, TRUST)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = sitesSheet(wb);
            int total = headers(s).indexOf("Energy (kWh)");
            assertThat(total).isPositive();
            double sum = 0, area = 0;
            for (int r = 5; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                // A site counts in the trust's value when it reported both its energy and its floor area (a value shown).
                if (row.getCell(total + 1).getCellType() != CellType.NUMERIC) continue;
                double kwh = row.getCell(total).getNumericCellValue(), m2 = row.getCell(3).getNumericCellValue();
                assertThat(row.getCell(total + 1).getNumericCellValue()).isCloseTo(kwh / m2, within(1e-9 * kwh / m2));
                sum += kwh;
                area += m2;
            }
            assertThat(sum).isCloseTo(Packs.num(energy, "numerator"), within(1e-6 * sum));
            assertThat(area).isCloseTo(Packs.num(energy, "denominator"), within(1e-6 * area));
        }
    }

    @Test
    void theTrustReportNamesItsThreeLargestSites() throws Exception {
        List<String> largest = publishedSites().entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey).toList();
        String text = PdfReportsTest.text(PdfReportsTest.report("trusts", TRUST));
        String section = text.substring(text.indexOf("Largest sites"), text.lastIndexOf("Data quality"));
        assertThat(section).contains("The 3 largest of its " + publishedSites().size() + " sites");
        int at = 0;
        for (String code : largest) {
            int next = section.indexOf("(" + code + ")");
            assertThat(next).as(code + " in order").isGreaterThan(at);
            at = next;
        }
    }
}
