package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

import java.util.Map;

/**
 * Keeps a long report's filled pages in a temporary swap file, a few in memory at a time, while it is filled and
 * exported (JasperReports' swap-file virtualizer). An area report lists every member trust on every indicator: at
 * ten times the trusts, two regional reports being written at once held 51 and 86 MiB (a heap dump at the x10 run's
 * out-of-memory point); with its pages swapped out, the print a report holds no longer grows with its members
 * (OpenPDF's own state for the document still does). The swap file is in the run's own temporary folder and is
 * removed when the report is written. Reports of up to {@link #ROWS_IN_MEMORY} table rows keep their pages in memory:
 * reading swapped pages back was 3% of the national pack's CPU time, for reports that never needed it.
 */
final class SwappedPages implements AutoCloseable {
    /** Pages kept in memory; the others are in the swap file until the exporter reads them. */
    private static final int PAGES_IN_MEMORY = 8;
    private static final int BLOCK_BYTES = 16 * 1024, MIN_GROW_BLOCKS = 64;

    /**
     * The largest report kept in memory whole, in table rows: the national pack's largest (England's ICSs or the
     * Midlands' trusts on every indicator) have up to about 1,600, a region ten times the size about 14,000 (51 to
     * 86 MiB of filled pages).
     */
    static final int ROWS_IN_MEMORY = 5000;

    /** Null when the report's pages stay in memory. */
    private final JRSwapFileVirtualizer virtualizer;

    /** Pages swapped out for a report of more than {@link #ROWS_IN_MEMORY} rows, kept in memory for a smaller one. */
    static SwappedPages forRows(int rows) {
        return rows > ROWS_IN_MEMORY ? new SwappedPages(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"))) : new SwappedPages();
    }

    /** Pages kept in memory. */
    private SwappedPages() {
        virtualizer = null;
    }

    /** Pages swapped out to a file in {@code folder}. */
    SwappedPages(java.nio.file.Path folder) {
        virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, new JRSwapFile(folder.toString(), BLOCK_BYTES, MIN_GROW_BLOCKS), true);
    }

    /** Sets the report's parameters to fill its pages through this swap file, if it has one. */
    void fillInto(Map<String, Object> params) {
        if (virtualizer != null) params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }

    /** Called once the report is filled: its pages are only read from now on. */
    void filled() {
        if (virtualizer != null) virtualizer.setReadOnly(true);
    }

    /** Removes the swap file. */
    @Override
    public void close() {
        if (virtualizer != null) virtualizer.cleanup();
    }
}
