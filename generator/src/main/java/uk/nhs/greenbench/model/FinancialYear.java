package uk.nhs.greenbench.model;

import java.time.LocalDate;

/**
 * An NHS financial year as ERIC names it, {@code 2023-24}: 1 April 2023 to 31 March 2024. The one place year text is
 * read, so that every stage agrees on what a year is and when it ends.
 *
 * @param start the calendar year it starts in
 */
public record FinancialYear(int start) implements Comparable<FinancialYear> {
    public FinancialYear {
        if (start < 1000 || start > 9998) throw new IllegalArgumentException("no financial year starts in " + start);
    }

    /** Whether the text is a real financial year: four digits, a dash, and the next year's last two digits. */
    public static boolean isValid(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) return false;
        int first = Integer.parseInt(text.substring(0, 4));
        return Integer.parseInt(text.substring(5)) == (first + 1) % 100;
    }

    /** The year named by text such as {@code 2023-24}; anything else is refused, naming the text. */
    public static FinancialYear parse(String text) {
        if (!isValid(text)) throw new IllegalArgumentException("\"" + text + "\" is not a financial year such as 2023-24");
        return new FinancialYear(Integer.parseInt(text.substring(0, 4)));
    }

    /** The calendar year a financial year such as 2023-24 starts in. */
    public static int startOf(String text) {
        return parse(text).start();
    }

    /** 31 March, the year's last day. */
    public LocalDate end() {
        return LocalDate.of(start + 1, 3, 31);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(start, o.start);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d-%02d", start, (start + 1) % 100);
    }
}
