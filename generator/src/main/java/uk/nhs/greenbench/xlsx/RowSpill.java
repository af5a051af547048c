package uk.nhs.greenbench.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's finished rows, kept in a temporary file instead of the heap until the sheet is written, then read
 * back in order, one row at a time. An area workbook's Savings, Assumptions and Data quality sheets have a row per
 * member trust and indicator: England's held about two million cells in the x10 benchmark, the largest thing in
 * memory beside the figures. The cells come back as they went in, so the workbook's bytes do not change.
 */
final class RowSpill implements AutoCloseable {
    private static final byte NONE = 0, BLANK = 1, TEXT = 2, NUMBER = 3, FORMULA_NUMBER = 4, FORMULA_TEXT = 5;

    /** Receives a row read back. */
    interface RowVisitor {
        void row(int index, Cell[] cells) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;
    /** Styles by number: there are a few dozen, so they stay in memory and each cell stores its style's number. */
    private final Map<Style, Integer> styleNumbers = new IdentityHashMap<>();
    private final List<Style> styles = new ArrayList<>();
    private int rows;
    private boolean closed;

    RowSpill() {
        Path made = null;
        try {
            made = Files.createTempFile("greenbench-rows-", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(made), 1 << 16));
            file = made;
        } catch (IOException e) {
            if (made != null) made.toFile().delete();
            throw new UncheckedIOException("could not make a temporary file for a large sheet's rows: " + e.getMessage(), e);
        }
    }

    void write(int index, Cell[] cells) {
        try {
            out.writeInt(index);
            out.writeInt(cells.length);
            for (int c = 0; c < cells.length; c++) {
                Cell cell = cells[c];
                if (cell == null) {
                    out.writeByte(NONE);
                    continue;
                }
                if (cell instanceof Cell.Blank) {
                    out.writeByte(BLANK);
                } else if (cell instanceof Cell.Text t) {
                    out.writeByte(TEXT);
                    text(t.value());
                } else if (cell instanceof Cell.Number n) {
                    out.writeByte(NUMBER);
                    out.writeDouble(n.value());
                } else {
                    Cell.Formula f = (Cell.Formula) cell;
                    out.writeByte(f.cached() instanceof Double ? FORMULA_NUMBER : FORMULA_TEXT);
                    text(f.formula());
                    if (f.cached() instanceof Double d) out.writeDouble(d);
                    else text((String) f.cached());
                }
                out.writeInt(styleNumbers.computeIfAbsent(cell.style(), s -> {
                    styles.add(s);
                    return styles.size() - 1;
                }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a large sheet's rows to " + file + ": " + e.getMessage(), e);
        }
        rows++;
    }

    /** The rows written, in order; the spill cannot be written to after. */
    void forEach(RowVisitor visitor) throws IOException {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < rows; i++) {
                int index = in.readInt();
                Cell[] cells = new Cell[in.readInt()];
                for (int c = 0; c < cells.length; c++) {
                    byte kind = in.readByte();
                    if (kind == NONE) continue;
                    cells[c] = switch (kind) {
                        case BLANK -> new Cell.Blank(style(in));
                        case TEXT -> {
                            String value = text(in);
                            yield new Cell.Text(value, style(in));
                        }
                        case NUMBER -> {
                            double value = in.readDouble();
                            yield new Cell.Number(value, style(in));
                        }
                        case FORMULA_NUMBER, FORMULA_TEXT -> {
                            String formula = text(in);
                            Object cached = kind == FORMULA_NUMBER ? (Object) in.readDouble() : text(in);
                            yield new Cell.Formula(formula, cached, style(in));
                        }
                        default -> throw new IOException("unknown cell kind " + kind + " in " + file);
                    };
                }
                visitor.row(index, cells);
            }
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Text as UTF-8 (its byte count), or, when it holds a surrogate, as UTF-16 code units (minus their count): UTF-8
     * would turn an unpaired surrogate into "?", and the workbook must come back exactly as it went in.
     */
    private void text(String s) throws IOException {
        if (!hasSurrogate(s)) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
            return;
        }
        byte[] units = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            units[2 * i] = (byte) (s.charAt(i) >>> 8);
            units[2 * i + 1] = (byte) s.charAt(i);
        }
        out.writeInt(-s.length());
        out.write(units);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n >= 0) {
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        byte[] units = new byte[-2 * n];
        in.readFully(units);
        char[] chars = new char[-n];
        for (int i = 0; i < chars.length; i++) chars[i] = (char) ((units[2 * i] & 0xFF) << 8 | (units[2 * i + 1] & 0xFF));
        return new String(chars);
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    private Style style(DataInputStream in) throws IOException {
        return styles.get(in.readInt());
    }
}
