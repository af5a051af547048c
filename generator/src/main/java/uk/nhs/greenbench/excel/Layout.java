package uk.nhs.greenbench.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Print set-up shared by every sheet: landscape, A4, fit to one page wide, header row repeated. */
final class Layout {
    private Layout() {
    }

    static void print(XSSFSheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(landscape);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.4);
        sheet.setMargin(XSSFSheet.RightMargin, 0.4);
    }

    static void repeatRows(XSSFSheet sheet, int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }
}
