package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HEFS workbooks of 2013/14 and 2014/15 read as published, checked against their own cells read here with Apache POI:
 * 2014/15's repeated headers are taken from the section the layout names (the site's own energy and waste costs, not the
 * PFI block's), and the PFI columns left out are listed as unread.
 */
class EricYearsTest {
    private static final String CODE = "RJ1";

    /** The sum over a trust's site rows of the column with this header under this section title (row 1), as published. */
    private static double published(String file, String section, String header) throws Exception {
        try (InputStream in = Files.newInputStream(Packs.home().resolve(file)); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Site Data");
            Row sections = sheet.getRow(0), headers = sheet.getRow(1);
            int col = -1;
            String current = "";
            for (int c = 0; c < headers.getLastCellNum(); c++) {
                Cell s = sections.getCell(c);
                if (s != null && !s.toString().isBlank()) current = s.toString().trim();
                if (current.equals(section) && headers.getCell(c).toString().trim().equals(header)) col = c;
            }
            assertThat(col).as(header + " under " + section).isNotNegative();
            double sum = 0;
            for (Row row : sheet) {
                if (row.getRowNum() < 2 || row.getCell(0) == null || !row.getCell(0).toString().trim().equals(CODE)) continue;
                Cell c = row.getCell(col);
                if (c != null && c.getCellType() == CellType.NUMERIC) sum += c.getNumericCellValue();
            }
            return sum;
        }
    }

    private static CSVRecord figure(String year, String indicator) throws Exception {
        return Packs.csv(Packs.allYears().resolve(year).resolve("figures.csv")).stream()
                .filter(r -> r.get("level").equals("trust") && r.get("code").equals(CODE) && r.get("indicator").equals(indicator))
                .findFirst().orElseThrow();
    }

    @Test
    void repeatedHeadersAreReadFromTheSectionTheLayoutNames() throws Exception {
        String file = "data/eric/2014-15/HospitalEstatesAndFacilitiesStatistics_11120.XLS";
        double energyCost = published(file, "Energy", "Energy cost (all energy supplies) (£)");
        double pfiEnergyCost = published(file, "PFI  Facilities and Services", "Energy cost (all energy supplies) (£)");
        assertThat(energyCost).isPositive().isNotEqualTo(pfiEnergyCost);
        assertThat(Packs.num(figure("2014-15", "energy-cost-intensity"), "numerator")).isCloseTo(energyCost, within(0.5));
        assertThat(Packs.num(figure("2014-15", "water-intensity"), "numerator"))
                .isCloseTo(published(file, "Water Services", "Water volume (including borehole) (m³)"), within(0.5));
        assertThat(Packs.num(figure("2014-15", "energy-intensity"), "denominator"))
                .isCloseTo(published(file, "Areas", "Gross internal site floor area (m²)"), within(0.5));
        List<CSVRecord> quality = Packs.csv(Packs.allYears().resolve("2014-15/data-quality.csv"));
        assertThat(quality).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("unread_column");
            assertThat(q.get("message")).contains("\"Energy cost (all energy supplies) (£)\" (section \"PFI  Facilities and Services\")");
        });
    }

    @Test
    void energyIn2013To14AddsTheUtilityLocalAndRenewableSupplies() throws Exception {
        String file = "data/eric/2013-14/HospitalEstatesAndFacilitiesStatistics_9896.XLS";
        double kwh = 0;
        for (String h : List.of("Electricity consumed - utility (kWh)", "Electricity consumed - local (kWh)", "Electricity consumed - renewable (kWh)",
                "Gas consumed - utility (kWh)", "Oil consumed - utility (kWh)", "Coal consumed - utility (kWh)", "Steam consumed - local (kWh)",
                "Hot water consumed - local (kWh)", "Non-fossil fuel consumed - renewable (kWh)")) {
            kwh += published(file, "Energy", h);
        }
        // Where a site's CHP fuel exceeds its gas and oil, greenbench counts the CHP fuel (data-quality.csv lists it): none at RJ1.
        assertThat(Packs.num(figure("2013-14", "energy-intensity"), "numerator")).isCloseTo(kwh, within(0.5));
        // The separate recycling cost is inside the total waste cost: listed as unread, not added again.
        assertThat(Packs.num(figure("2013-14", "waste-intensity"), "numerator")).isPositive();
        assertThat(Packs.csv(Packs.allYears().resolve("2013-14/data-quality.csv"))).anySatisfy(q ->
                assertThat(q.get("message")).contains("\"Waste recycling, recovery and preparing for re-use cost (£)\""));
    }
}
