package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeftToRightPhraseTest {

    @Test
    void greenbenchsOwnTextNeedsNoBidiPass() {
        assertThat(phrase("Carbon per m² – £1.5 million, 2,301.8 tCO₂e (25%) ≤ target · “typical”").needsBidi()).isFalse();
        assertThat(phrase("").needsBidi()).isFalse();
    }

    @Test
    void aRightToLeftCharacterOrMarkAnywhereInThePhraseKeepsTheBidiPass() {
        assertThat(phrase("Trust", " שלום").needsBidi()).isTrue();
        assertThat(phrase("مستشفى").needsBidi()).isTrue();
        assertThat(phrase("abc\u200Fdef").needsBidi()).as("right-to-left mark").isTrue();
        assertThat(phrase("\u2067(a\u2069").needsBidi()).as("an isolate, which mirrors the bracket inside").isTrue();
        assertThat(phrase("e\u064E\u064F\u0650").needsBidi()).as("Arabic marks, which the pass shapes").isTrue();
    }

    private static LeftToRightPhrase phrase(String... chunks) {
        Phrase p = new Phrase();
        for (String c : chunks) p.add(new Chunk(c));
        return new LeftToRightPhrase(null, p);
    }
}
