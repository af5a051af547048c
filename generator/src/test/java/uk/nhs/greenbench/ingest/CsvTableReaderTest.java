package uk.nhs.greenbench.ingest;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.Fixtures;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithByteOrderMarkAndCrlf() throws Exception {
        Path f = dir.resolve("bom.csv");
        byte[] body = "Trust Code,Gross internal floor area (m²)\r\nRXX,\"1,234\"\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        SourceTable t = CsvTableReader.read(f, 1, (char) 0);
        assertThat(t.headers()).containsExactly("Trust Code", "Gross internal floor area (m²)");
        assertThat(t.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(Fixtures.rows(t)).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("RXX", "1,234");
        });
    }

    @Test
    void readsWindows1252PoundSign() throws Exception {
        Path f = dir.resolve("cp1252.csv");
        Files.write(f, "Trust Code,Energy costs (\u00a3)\nRXX,5\n".getBytes(TextDecoding.WINDOWS_1252));
        SourceTable t = CsvTableReader.read(f, 1, (char) 0);
        assertThat(t.headers()).contains("Energy costs (£)");
        assertThat(t.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void keepsRepeatedHeaderNamesAndDetectsDollarDelimiter() throws Exception {
        Path f = dir.resolve("dollar.csv");
        Files.writeString(f, "Section$Section$Section\nA$PFI$PFI\n1$2$3\n");
        SourceTable t = CsvTableReader.read(f, 2, (char) 0);
        assertThat(t.headers()).containsExactly("A", "PFI", "PFI");
        assertThat(Fixtures.rows(t).get(0).number()).isEqualTo(3);
    }

    @Test
    void anEmptyFileIsAClearError() throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.write(f, new byte[0]);
        assertThatThrownBy(() -> CsvTableReader.read(f, 1, (char) 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("empty");
    }
}
