package uk.nhs.greenbench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {
    @Test
    void namesBecomeReadableSlugs() {
        assertThat(FileNames.workbook("R1F", "ISLE OF WIGHT NHS TRUST")).isEqualTo("R1F-isle-of-wight-nhs-trust.xlsx");
        assertThat(FileNames.workbook("RHM", "St George's & Tooting (Café)")).isEqualTo("RHM-st-george-s-tooting-cafe.xlsx");
    }

    @Test
    void codesWithPathCharactersStayInsideThePackFolder() {
        String name = FileNames.workbook("../../etc", "a/b\\c");
        assertThat(name).doesNotContain("/").doesNotContain("\\").doesNotContain("..");
        assertThat(name).isEqualTo("ETC-a-b-c.xlsx");
    }

    @Test
    void anEmptyNameStillGivesAFileName() {
        assertThat(FileNames.workbook("", "")).isEqualTo("UNNAMED-unnamed.xlsx");
    }
}
