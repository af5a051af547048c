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
        assertThat(name).matches("ETC_[0-9a-f]{10}-a-b-c\\.xlsx");
    }

    @Test
    void anEmptyNameStillGivesAFileName() {
        assertThat(FileNames.workbook("", "")).matches("UNNAMED_[0-9a-f]{10}-unnamed\\.xlsx");
    }

    @Test
    void codesDifferingOnlyInCaseOrAfterTheTwentiethCharacterGetTheirOwnFiles() {
        java.util.List<String> codes = java.util.List.of("RAL", "ral", "Ral", "ABCDEFGHIJKLMNOPQRSTUVWXYZ1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ2", "R-AL", "R/AL");
        assertThat(codes.stream().map(c -> FileNames.workbook(c, "same name").toLowerCase(java.util.Locale.ROOT)).distinct()).hasSize(codes.size());
    }
}
