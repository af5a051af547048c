package uk.nhs.greenbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes published text files whose encoding is not declared: UTF-8 with or without a byte-order mark,
 * or Windows-1252 (ERIC 2024/25 writes the pound sign as byte 0xA3).
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BOM_LENGTH = 3;

    private TextDecoding() {
    }

    /** The decoded text, and which encoding was recognised. */
    public record Decoded(String text, String encoding) {
    }

    /** How to read a file's text: its character set, the bytes of byte-order mark to skip, and a label for reports. */
    public record Encoding(Charset charset, int bomLength, String label) {
        /** A reader over the file's text, after any byte-order mark. */
        public Reader open(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(bomLength);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new java.io.BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (hasBom(bytes)) {
            return new Decoded(new String(bytes, BOM_LENGTH, bytes.length - BOM_LENGTH, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    /**
     * Recognises a file's encoding by reading it through once, a block at a time, so a file of any size needs
     * only a fixed amount of memory: UTF-8 if every byte sequence is valid UTF-8, otherwise Windows-1252.
     */
    public static Encoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(BOM_LENGTH);
        }
        if (hasBom(head)) return new Encoding(StandardCharsets.UTF_8, BOM_LENGTH, "UTF-8 (BOM)");
        var strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // reading is the check: an invalid sequence throws
            }
            return new Encoding(StandardCharsets.UTF_8, 0, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Encoding(WINDOWS_1252, 0, "windows-1252");
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= BOM_LENGTH && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
