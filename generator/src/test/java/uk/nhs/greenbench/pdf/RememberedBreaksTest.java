package uk.nhs.greenbench.pdf;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedBreaksTest {
    private static final String[] PIECES = {"Energy", " ", "  ", "per", "m²", "–", "-", "well-known", "(typical)", "25th",
            "£1,484,222", "2,301.8", "tCO2e", ".", ",", "; ", "“quoted”", "'s", "/", "NHS", "\u00a0", "\u2014", "e.g.",
            "co-operative", "?", "!", "3.5%", "£", "Ünïcödé", "naïve", "\n", "\t", "ERIC", "2023/24", "1.", "CO₂"};

    @Test
    void everyAnswerAndWhereTheIteratorStandsAfterItAreTheJdksOwn() {
        Random random = new Random(20261203);
        int asked = 0;
        for (int t = 0; t < 400; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            BreakIterator jdk = BreakIterator.getLineInstance(Locale.ROOT);
            BreakIterator ours = new RememberedBreaks(BreakIterator.getLineInstance(Locale.ROOT));
            jdk.setText(text);
            ours.setText(text);
            List<String> trace = new ArrayList<>();
            for (int op = 0; op < 60; op++) {
                int offset = random.nextInt(text.length() + 1);
                int kind = random.nextInt(9);
                String call = switch (kind) {
                    case 0 -> "following(" + offset + ")";
                    case 1 -> "preceding(" + offset + ")";
                    case 2 -> "previous()";
                    case 3 -> "next()";
                    case 4 -> "isBoundary(" + offset + ")";
                    case 5 -> "first()";
                    case 6 -> "last()";
                    case 7 -> "next(" + (offset % 5 - 2) + ")";
                    default -> "current()";
                };
                trace.add(call);
                assertThat(ask(ours, kind, offset)).as(text.replace("\n", "\\n") + " after " + trace).isEqualTo(ask(jdk, kind, offset));
                assertThat(ours.current()).as("current() after " + trace).isEqualTo(jdk.current());
                asked++;
            }
        }
        assertThat(asked).isEqualTo(400 * 60);
    }

    @Test
    void anOffsetOutsideTheTextIsRefusedAsTheJdkRefusesIt() {
        BreakIterator ours = new RememberedBreaks(BreakIterator.getLineInstance(Locale.ROOT));
        ours.setText("two words");
        assertThatThrownBy(() -> ours.following(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ours.preceding(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void greenbenchsLocaleGetsTheseBreaksAndEachCopyItsOwnText() {
        // The build runs the tests with java.locale.providers as greenbench's main sets it.
        BreakIterator a = BreakIterator.getLineInstance(Locale.UK), b = BreakIterator.getLineInstance(Locale.UK);
        assertThat(a).isInstanceOf(RememberedBreaks.class);
        a.setText("first text here");
        b.setText("other");
        assertThat(a.following(2)).isEqualTo(6);
        assertThat(b.following(2)).isEqualTo(5);
        assertThat(BreakIterator.getLineInstance(Locale.ROOT)).isNotInstanceOf(RememberedBreaks.class);
    }

    private static Object ask(BreakIterator it, int kind, int offset) {
        return switch (kind) {
            case 0 -> it.following(offset);
            case 1 -> it.preceding(offset);
            case 2 -> it.previous();
            case 3 -> it.next();
            case 4 -> it.isBoundary(offset);
            case 5 -> it.first();
            case 6 -> it.last();
            case 7 -> it.next(offset % 5 - 2);
            default -> it.current();
        };
    }
}
