package uk.nhs.greenbench.pdf;

import java.text.BreakIterator;
import java.text.spi.BreakIteratorProvider;
import java.util.Locale;

/**
 * Hands out {@link RememberedBreaks} as the line-break iterator for British English, the locale greenbench runs in,
 * through the JDK's locale service interface (registered in META-INF/services; used when {@code java.locale.providers}
 * lists SPI, which greenbench's start-up sets). The breaks are found by the JDK's own iterator for the root locale,
 * whose line rules are the same as British English's; the other kinds of iterator are the JDK's.
 */
public final class RememberedBreaksProvider extends BreakIteratorProvider {
    @Override
    public BreakIterator getLineInstance(Locale locale) {
        return new RememberedBreaks(BreakIterator.getLineInstance(Locale.ROOT));
    }

    @Override
    public BreakIterator getWordInstance(Locale locale) {
        return BreakIterator.getWordInstance(Locale.ROOT);
    }

    @Override
    public BreakIterator getCharacterInstance(Locale locale) {
        return BreakIterator.getCharacterInstance(Locale.ROOT);
    }

    @Override
    public BreakIterator getSentenceInstance(Locale locale) {
        return BreakIterator.getSentenceInstance(Locale.ROOT);
    }

    @Override
    public Locale[] getAvailableLocales() {
        return new Locale[]{Locale.UK};
    }
}
