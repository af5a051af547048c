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

    /** A message of the form {@code file, row N, column "X": problem}. */
    public static InputException at(String file, int row, String column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) where.append(", row ").append(row);
        if (column != null && !column.isEmpty()) where.append(", column \"").append(column).append('"');
        return new InputException(where + ": " + problem);
    }
}
