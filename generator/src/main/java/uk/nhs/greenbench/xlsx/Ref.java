package uk.nhs.greenbench.xlsx;

/** A1-style references from 0-based rows and columns. */
public final class Ref {
    private Ref() {
    }

    /** Letters of the first columns, made once: every cell of every sheet names its column. */
    private static final String[] COLUMNS = new String[256];

    static {
        for (int c = 0; c < COLUMNS.length; c++) COLUMNS[c] = letters(c);
    }

    /** Column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String col(int c) {
        return c >= 0 && c < COLUMNS.length ? COLUMNS[c] : letters(c);
    }

    private static String letters(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) sb.insert(0, (char) ('A' + (n - 1) % 26));
        return sb.toString();
    }

    /** 0-based column of letters such as {@code AB}. */
    public static int colIndex(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) n = n * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        return n - 1;
    }

    public static String cell(int row, int col) {
        return col(col) + (row + 1);
    }

    /** Appends the reference of a cell, as {@link #cell} gives it, without making a string of it. */
    static StringBuilder appendCell(StringBuilder sb, int row, int col) {
        return sb.append(col(col)).append(row + 1);
    }

    public static String absolute(int row, int col) {
        return "$" + col(col) + "$" + (row + 1);
    }

    public static String range(int r1, int c1, int r2, int c2) {
        return cell(r1, c1) + ":" + cell(r2, c2);
    }

    /** A sheet name as a formula needs it: always quoted, quotes doubled. */
    public static String sheet(String name) {
        return "'" + name.replace("'", "''") + "'";
    }
}
