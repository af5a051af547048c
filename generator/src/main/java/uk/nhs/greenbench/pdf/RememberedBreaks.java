package uk.nhs.greenbench.pdf;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A line-break iterator that finds every break of its text once, going forward with the JDK's own iterator, and
 * answers from that list. JasperReports measures each text by asking for the break after an estimated position and
 * the one before it ({@code following}, {@code previous}, {@code preceding}); the JDK's rule-based iterator works
 * each step back out again from the rules, which was 4 to 5% of a national pack's CPU time. The breaks are the JDK
 * iterator's own, so lines break where they did; {@code RememberedBreaksTest} checks every answer, and where the
 * iterator stands after it, against the JDK's.
 */
final class RememberedBreaks extends BreakIterator {
    private final BreakIterator finder;
    private CharacterIterator text = new StringCharacterIterator("");
    /** The breaks in order, the text's start and end included; null until first needed. */
    private int[] breaks;
    /** Where the iterator stands: an index into {@link #breaks}. */
    private int at;

    RememberedBreaks(BreakIterator finder) {
        this.finder = finder;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        breaks = null;
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    private int[] breaks() {
        if (breaks == null) {
            finder.setText((CharacterIterator) text.clone());
            int[] found = new int[16];
            int n = 0;
            for (int b = finder.first(); b != DONE; b = finder.next()) {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = b;
            }
            breaks = Arrays.copyOf(found, n);
        }
        return breaks;
    }

    @Override
    public int first() {
        at = 0;
        return text.getBeginIndex();
    }

    @Override
    public int last() {
        int[] b = breaks();
        at = b.length - 1;
        return b[at];
    }

    @Override
    public int next(int n) {
        int result = current();
        while (n > 0 && result != DONE) {
            result = next();
            n--;
        }
        while (n < 0 && result != DONE) {
            result = previous();
            n++;
        }
        return result;
    }

    @Override
    public int next() {
        int[] b = breaks();
        if (at >= b.length - 1) return DONE;
        return b[++at];
    }

    @Override
    public int previous() {
        int[] b = breaks();
        if (at == 0) return DONE;
        return b[--at];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int[] b = breaks();
        int i = firstAbove(b, offset);
        if (i == b.length) {
            at = b.length - 1;
            return DONE;
        }
        at = i;
        return b[i];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int[] b = breaks();
        int i = firstAbove(b, offset - 1) - 1; // the last break below offset
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return b[i];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        if (offset == text.getBeginIndex()) return true; // the JDK's iterator does not move for this one
        return following(offset - 1) == offset;
    }

    @Override
    public int current() {
        return breaks == null ? text.getBeginIndex() : breaks[at];
    }

    @Override
    public Object clone() {
        RememberedBreaks copy = new RememberedBreaks((BreakIterator) finder.clone());
        copy.text = (CharacterIterator) text.clone();
        copy.breaks = breaks;
        copy.at = at;
        return copy;
    }

    /** The index of the first break greater than {@code offset}; the length when there is none. */
    private static int firstAbove(int[] b, int offset) {
        int i = Arrays.binarySearch(b, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) throw new IllegalArgumentException("offset out of bounds");
    }
}
