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
            return new RowLengthLimit(new java.io.BufferedReader(new InputStreamReader(in, charset), 1 << 16), file.getFileName().toString());
        }
    }

    /**
     * The longest one text file may take to read: 600 seconds, or the {@code greenbench.readSeconds} system property
     * (which the tests lower to see the limit work).
     */
    public static long readSeconds() {
        return Long.getLong("greenbench.readSeconds", 600);
    }

    /** The longest row of text read (outside quotes, a row ends at a line break): a real ERIC row is a few thousand. */
    public static final int MAX_ROW_CHARS = 1_000_000;

    /**
     * Refuses a row longer than {@link #MAX_ROW_CHARS} characters as it is read, before a CSV parser gathers it into
     * memory: a single endless cell would otherwise end in OutOfMemoryError.
     */
    static final class RowLengthLimit extends java.io.FilterReader {
        private final String file;
        private final long deadline = System.nanoTime() + readSeconds() * 1_000_000_000L;
        private long row = 1, length, seen;
        private boolean quoted;

        RowLengthLimit(Reader in, String file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) see((char) c);
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) see(buf[off + i]);
            return n;
        }

        private void see(char c) {
            // The clock is read once a million characters: cheap, and an endless input is stopped within a second or so.
            if ((++seen & 0xFFFFF) == 0 && System.nanoTime() > deadline) {
                throw new InputException(file + ": reading it took more than " + readSeconds() + (readSeconds() == 1 ? " second" : " seconds") + " (greenbench's limit for one file; "
                        + "a million-row ERIC file takes under a minute): is it the right file?");
            }
            if (c == '"') quoted = !quoted;
            if (c == '\n') {
                if (!quoted) length = 0;
                row++;
                return;
            }
            if (++length > MAX_ROW_CHARS) {
                throw new InputException(file + ": a row longer than " + String.format(java.util.Locale.UK, "%,d", MAX_ROW_CHARS)
                        + " characters, reaching line " + row + " (greenbench's limit; an ERIC row is a few thousand): not a table greenbench can read");
            }
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
     * Recognises a file's encoding by reading it through once, a block at a time, so a file of any size needs only a
     * fixed amount of memory. A byte-order mark decides (UTF-8, UTF-16); NUL bytes without one mean UTF-16 that cannot
     * be read safely, refused. Otherwise the whole file is the evidence: valid UTF-8 throughout is UTF-8; a file whose
     * valid UTF-8 characters (a £, a ²) outnumber its invalid bytes is UTF-8 with stray bytes, read as such with the
     * stray bytes replaced, and the label says how many and on which line the first is; anything else is Windows-1252.
     */
    public static Encoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (hasBom(head)) return new Encoding(StandardCharsets.UTF_8, BOM_LENGTH, "UTF-8 (BOM)");
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        for (byte b : head) {
            if (b == 0) {
                throw new InputException(file.getFileName() + ": the file holds NUL bytes, as UTF-16 text without a byte-order mark "
                        + "(or a file that is not text) does; save it as CSV in UTF-8 and run again");
            }
        }
        Utf8Evidence e = Utf8Evidence.of(file);
        if (e.invalid() == 0) return new Encoding(StandardCharsets.UTF_8, 0, "UTF-8");
        if (e.multibyte() > e.invalid()) {
            return new Encoding(StandardCharsets.UTF_8, 0, "UTF-8 (" + e.invalid() + " byte" + (e.invalid() == 1 ? "" : "s")
                    + " not valid UTF-8, the first on line " + e.firstInvalidLine() + ", read as \uFFFD)");
        }
        return new Encoding(WINDOWS_1252, 0, "windows-1252");
    }

    /** What a whole file says about UTF-8: its valid multi-byte characters, its invalid bytes, and where the first is. */
    record Utf8Evidence(long multibyte, long invalid, long firstInvalidLine) {
        static Utf8Evidence of(Path file) throws IOException {
            long multibyte = 0, invalid = 0, firstInvalid = 0, line = 1;
            int pending = 0; // continuation bytes still expected
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        int b = buf[i] & 0xFF;
                        if (pending > 0) {
                            if (b >= 0x80 && b <= 0xBF) {
                                if (--pending == 0) multibyte++;
                                continue;
                            }
                            pending = 0;
                            invalid++;
                            if (firstInvalid == 0) firstInvalid = line;
                        }
                        if (b == '\n') line++;
                        if (b < 0x80) continue;
                        if (b >= 0xC2 && b <= 0xDF) pending = 1;
                        else if (b >= 0xE0 && b <= 0xEF) pending = 2;
                        else if (b >= 0xF0 && b <= 0xF4) pending = 3;
                        else {
                            invalid++;
                            if (firstInvalid == 0) firstInvalid = line;
                        }
                    }
                }
            }
            if (pending > 0) {
                invalid++;
                if (firstInvalid == 0) firstInvalid = line;
            }
            return new Utf8Evidence(multibyte, invalid, firstInvalid);
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= BOM_LENGTH && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
