package uk.nhs.greenbench.e2e;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading written workbooks back, independently of the code that wrote them. */
final class Workbooks {
    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static Path trust(String year, String code) throws IOException {
        return find(Packs.pack(year).resolve("trusts"), code);
    }

    static Path find(Path dir, String code) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(code + "-") && p.toString().endsWith(".xlsx")).findFirst()
                    .orElseThrow(() -> new AssertionError("no workbook for " + code + " in " + dir));
        }
    }

    /** Savings sheet rows by "code|indicator id": cached values of the saving columns. */
    static Map<String, Row> savingsRows(XSSFWorkbook wb) {
        XSSFSheet s = wb.getSheet("Savings");
        Map<String, Row> rows = new HashMap<>();
        for (Row r : s) {
            if (r.getRowNum() < 3) continue;
            rows.put(r.getCell(0).getStringCellValue() + "|" + r.getCell(2).getStringCellValue(), r);
        }
        return rows;
    }

    /** A cell's cached number, or null when it holds text ("not available"). */
    static Double number(Cell c) {
        if (c == null) return null;
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? c.getNumericCellValue() : null;
    }

    static String entry(Path xlsx, String name) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            ZipEntry e = z.getEntry(name);
            if (e == null) throw new AssertionError(name + " not in " + xlsx);
            return new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static boolean hasEntry(Path xlsx, String prefix) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            return z.stream().anyMatch(e -> e.getName().startsWith(prefix));
        }
    }
}
