package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Counts the tests expect, taken from the published files and reference data themselves (read here with Commons CSV
 * and POI, not with greenbench's readers), so a new release of the data does not need the tests rewritten.
 */
final class Expected {
    /** An ODS trust code: three capitals or digits (ERIC's files also hold totals and notes in that column). */
    private static final Pattern TRUST_CODE = Pattern.compile("[A-Z0-9]{3}");

    private Expected() {
    }

    /** The trusts in a bundled year's site file: the trusts every pack of that year must cover. */
    static int siteTrusts(String year) throws IOException {
        Path home = Packs.home();
        return switch (year) {
            case "2013-14" -> workbookColumn(home.resolve("data/eric/2013-14/HospitalEstatesAndFacilitiesStatistics_9896.XLS"),
                    "Site Data", 2, "Organisation Code").size();
            case "2014-15" -> workbookColumn(home.resolve("data/eric/2014-15/HospitalEstatesAndFacilitiesStatistics_11120.XLS"),
                    "Site Data", 2, "Organisation Code").size();
            case "2016-17" -> workbookColumn(home.resolve("data/eric/2016-17/HospitalEstatesAndFacilitiesStatistics_13944.XLS"),
                    "Site Data", 2, "Organisation Code").size();
            case "2019-20" -> csvColumn(home.resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv"), "Trust Code").size();
            case "2023-24" -> csvColumn(home.resolve("data/eric/2023-24/ERIC_Site.csv"), "Trust Code").size();
            default -> throw new IllegalArgumentException("no site file bundled for " + year);
        };
    }

    /** The ICBs in England: one line each in ONS's ICB names and codes. */
    static int icbs() throws IOException {
        return csvColumn(Packs.home().resolve("regions/icb_names_codes_dec_2024.csv"), 1, Pattern.compile("Q[A-Z0-9]{2}")).size();
    }

    /** NHS England's regions: one line each in the region list. */
    static int regions() throws IOException {
        return csvColumn(Packs.home().resolve("regions/nhs-regions.csv"), 0, Pattern.compile("Y[0-9]{2}")).size();
    }

    private static Set<String> csvColumn(Path file, String header) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) {
                String v = rec.get(header).trim();
                if (TRUST_CODE.matcher(v).matches()) out.add(v);
            }
        }
        return out;
    }

    private static Set<String> csvColumn(Path file, int column, Pattern code) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1); CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
            for (CSVRecord rec : p) {
                String v = rec.get(column).trim();
                if (code.matcher(v).matches()) out.add(v);
            }
        }
        return out;
    }

    private static Set<String> workbookColumn(Path file, String sheetName, int headerRow, String header) throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            Row head = sheet.getRow(headerRow - 1);
            int col = -1;
            for (Cell c : head) if (c.toString().trim().equals(header)) col = c.getColumnIndex();
            if (col < 0) throw new IllegalStateException(file + ": no column " + header);
            for (Row row : sheet) {
                if (row.getRowNum() < headerRow) continue;
                Cell c = row.getCell(col);
                String v = c == null ? "" : c.toString().trim();
                if (TRUST_CODE.matcher(v).matches()) out.add(v);
            }
        }
        return out;
    }
}
