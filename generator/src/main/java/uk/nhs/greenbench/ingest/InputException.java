package uk.nhs.greenbench.ingest;

/**
 * Bad input that stops a run: the message always names the file and, where known, the row and column,
 * and what was expected.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A library's message without Java class names, fit for a reader: "Failed to read the file input stream …". */
    public static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?", "").trim();
    }

    /** A message of the form {@code file, row N, column "X": problem}. */
    public static InputException at(String file, int row, String column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) where.append(", row ").append(row);
        if (column != null && !column.isEmpty()) where.append(", column \"").append(column).append('"');
        return new InputException(where + ": " + problem);
    }
}
