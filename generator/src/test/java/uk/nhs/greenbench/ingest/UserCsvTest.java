package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a file a user supplies is read: the header by name in any case, cells trimmed, rows numbered as in the file. */
class UserCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private List<String> read(Path file, String column) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser csv = UserCsv.open(file, "empty")) {
            for (CSVRecord r : csv) {
                if (UserCsv.isBlank(r)) continue;
                out.add(UserCsv.row(r) + ":" + UserCsv.cell(r, column));
            }
        }
        return out;
    }

    @Test
    void headerNamesMatchInAnyCaseWithSpacesAndAByteOrderMarkIgnored() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = " Org_Code , VALUE\r\nR1F,  12 \r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Path f = write("bom.csv", all);
        assertThat(read(f, "org_code")).containsExactly("2:R1F");
        assertThat(read(f, "value")).containsExactly("2:12");
    }

    @Test
    void rowsAreNumberedAsTheFileShowsThemWithTheHeaderAsRowOne() throws IOException {
        Path f = write("rows.csv", "group,org_code\nA,R1F\n,,\nB,RJ1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(f, "org_code")).containsExactly("2:R1F", "4:RJ1");
    }

    @Test
    void aShortRowReadsItsMissingCellsAsEmpty() throws IOException {
        Path f = write("short.csv", "group,org_code\nA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(f, "org_code")).containsExactly("2:");
    }

    @Test
    void aColumnNamedTwiceIsRefusedNamingItAndRowOne() throws IOException {
        Path f = write("twice.csv", "group,org_code,ORG_CODE\nA,R1F,RJ1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f, "org_code")).isInstanceOf(InputException.class)
                .hasMessageContaining("twice.csv").hasMessageContaining("row 1").hasMessageContaining("ORG_CODE")
                .hasMessageContaining("in the header twice");
    }

    @Test
    void anEmptyFileAndAMissingColumnAreRefusedWithWhatWasExpected() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> read(empty, "group")).isInstanceOf(InputException.class).hasMessageContaining("empty.csv")
                .hasMessageContaining("empty");
        Path f = write("nogroup.csv", "org_code\nR1F\n".getBytes(StandardCharsets.UTF_8));
        try (CSVParser csv = UserCsv.open(f, "empty")) {
            assertThatThrownBy(() -> UserCsv.require(csv, "nogroup.csv", List.of("group", "org_code"), "a peers file starts with group,org_code"))
                    .isInstanceOf(InputException.class).hasMessageContaining("group").hasMessageContaining("no such column");
        }
    }
}
