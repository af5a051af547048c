package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who belongs where: trusts in NHS England's own ICB, care trusts compared with mental health trusts, and areas
 * counting their member trusts only (never the ICBs an inhaler figure is measured for).
 */
class OrganisationsTest {
    static final String YEAR = "2023-24";

    private static Map<String, CSVRecord> trusts() throws Exception {
        Map<String, CSVRecord> out = new TreeMap<>();
        for (CSVRecord r : Packs.figures(YEAR)) if (r.get("level").equals("trust")) out.putIfAbsent(r.get("code"), r);
        return out;
    }

    @Test
    void trustsArePlacedInTheIcbNhsEnglandAssignsThemNotByHeadOfficePostcode() throws Exception {
        Map<String, CSVRecord> t = trusts();
        assertThat(t.get("RPG").get("ics_code")).as("Oxleas: South East London, not Kent and Medway").isEqualTo("QKK");
        assertThat(t.get("RPG").get("region_code")).isEqualTo("Y56");
        assertThat(t.get("TAD").get("ics_code")).as("Bradford District Care: West Yorkshire").isEqualTo("QWO");
        assertThat(t.get("TAH").get("ics_code")).as("Sheffield Health and Social Care: South Yorkshire").isEqualTo("QF7");
        assertThat(t.get("TAJ").get("ics_code")).as("Black Country Partnership: Black Country").isEqualTo("QUA");
        assertThat(t.get("TAF").get("ics_code")).as("Camden and Islington, through its successor North London NHS FT").isEqualTo("QMJ");
    }

    @Test
    void everyTrustWithoutAnIcsIsListedInDataQuality() throws Exception {
        List<String> noIcs = trusts().values().stream().filter(r -> r.get("ics_code").isEmpty()).map(r -> r.get("code")).toList();
        List<String> listed = new ArrayList<>();
        for (CSVRecord q : Packs.csv(Packs.pack(YEAR).resolve("data-quality.csv"))) {
            if (q.get("issue").equals("unknown_trust") || q.get("issue").equals("ics_unknown")) listed.add(q.get("code"));
        }
        assertThat(listed).containsAll(noIcs);
        assertThat(noIcs).as("every 2023-24 trust is placed in an ICS").isEmpty();
    }

    @Test
    void careTrustsAreComparedWithMentalHealthTrustsAndTheReportsSaySo() throws Exception {
        CSVRecord tad = Packs.figure(YEAR, "trust", "TAD", "energy-intensity");
        assertThat(tad.get("peer_group")).isEqualTo("Mental Health and Learning Disability");
        assertThat(tad.get("comparator")).isEqualTo("Mental Health and Learning Disability trusts");
        assertThat(tad.get("quality_flags")).contains("peer_type_mapped(Care Trust as Mental Health and Learning Disability)")
                .doesNotContain("peer_fallback_national");
        String report = PdfReportsTest.text(PdfReportsTest.report("trusts", "TAD"));
        assertThat(report).contains("regions/peer-groups.csv");
    }

    @Test
    void anAreaCountsItsMemberTrustsNotTheIcbsOfTheInhalerIndicator() throws Exception {
        assertThat(PdfReportsTest.text(PdfReportsTest.report("national", "ENG"))).contains("England's " + Expected.siteTrusts("2023-24") + " member trusts");
        assertThat(PdfReportsTest.text(PdfReportsTest.report("regions", "Y56"))).contains("London's 35 member trusts");
        assertThat(PdfReportsTest.text(PdfReportsTest.report("ics", "QKK"))).contains("Integrated Care Board's 5 member trusts");
    }

    @Test
    void anAreaWorkbookRanksOnlyTrustsInItsLeagueTable() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.find(Packs.pack(YEAR).resolve("ics"), "QKK"))) {
            XSSFSheet league = wb.getSheet("League table");
            List<String> codes = new ArrayList<>();
            for (Row r : league) {
                if (r.getRowNum() < 3 || r.getCell(1) == null || r.getCell(1).getStringCellValue().isEmpty()) continue;
                codes.add(r.getCell(1).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrder("RJ1", "RJ2", "RJZ", "RPG", "RV5");
            assertThat(wb.getSheet("Summary").getRow(1).getCell(0).getStringCellValue()).contains("of 5 member trusts");
        }
    }
}
