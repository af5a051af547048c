package uk.nhs.greenbench.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Fixes the three things the PDF library makes different on every run: the creation/modification dates (set to the
 * end of the data year), the font subset tags (a fixed tag per font) and the file identifier (set from checksums of
 * the content). Each is replaced by text of the same length, so the cross-reference offsets stay valid. The reports'
 * fonts are written inside compressed object streams, where this cannot see them, so their tags are fixed as they
 * are written ({@link FixedSubsetTags}); a tag in the file's plain bytes is still fixed here.
 *
 * <p>It works on the written file in place, a window at a time, so a document is never held in memory whole: the
 * x10 benchmark's largest reports are 9 to 18 MB, and the in-memory copy the exporter used to write into grew by
 * doubling to twice that. A window's last {@link #OVERLAP} bytes are scanned again at the start of the next, so a
 * date, tag or identifier across the boundary is still seen whole.
 */
final class PdfNormaliser {
    static final int WINDOW = 1 << 18, OVERLAP = 4096;

    /** The bytes being fixed: a file, or an array. */
    interface Bytes {
        long size() throws IOException;

        void read(long at, byte[] into, int length) throws IOException;

        void write(long at, byte[] from, int offset, int length) throws IOException;
    }

    private PdfNormaliser() {
    }

    static void normalise(Path file, String date) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            normalise(new FileBytes(channel), date, WINDOW, OVERLAP);
        }
    }

    static byte[] normalise(byte[] pdf, String date, int window, int overlap) {
        try {
            normalise(new ArrayBytes(pdf), date, window, overlap);
        } catch (IOException e) {
            throw new IllegalStateException("no I/O on an array", e);
        }
        return pdf;
    }

    static void normalise(Bytes bytes, String date, int window, int overlap) throws IOException {
        if (window <= overlap) throw new IllegalArgumentException("window " + window + " not larger than overlap " + overlap);
        byte[] fixedDate = date.getBytes(StandardCharsets.ISO_8859_1);
        long size = bytes.size();
        byte[] buf = new byte[(int) Math.min(window, size)];
        Map<String, byte[]> tags = new HashMap<>();
        long[] id = null; // start, first hex from/to, second hex from/to, end: absolute offsets
        long base = 0;
        while (base < size) {
            int n = (int) Math.min(buf.length, size - base);
            bytes.read(base, buf, n);
            int limit = base + n >= size ? n : n - overlap;
            int dirtyFrom = n, dirtyTo = 0;
            int i = 0;
            for (; i < limit; i++) {
                byte b = buf[i];
                if (b == 'D' && isDate(buf, n, i)) {
                    System.arraycopy(fixedDate, 0, buf, i, fixedDate.length);
                    dirtyFrom = Math.min(dirtyFrom, i);
                    dirtyTo = Math.max(dirtyTo, i + fixedDate.length);
                    i += fixedDate.length - 1;
                } else if (b == '/') {
                    int nameEnd = subsetTagEnd(buf, n, i);
                    if (nameEnd > 0) {
                        String tag = new String(buf, i + 1, 6, StandardCharsets.ISO_8859_1);
                        String font = new String(buf, i + 8, nameEnd - i - 8, StandardCharsets.ISO_8859_1);
                        byte[] fixed = tags.computeIfAbsent(tag + "+" + font,
                                k -> letters(tags.size(), font).getBytes(StandardCharsets.ISO_8859_1));
                        System.arraycopy(fixed, 0, buf, i + 1, 6);
                        dirtyFrom = Math.min(dirtyFrom, i + 1);
                        dirtyTo = Math.max(dirtyTo, i + 7);
                        i += 7; // the name is scanned on: it may end in the "D" of a date ("…SansD:2024…")
                    } else if (id == null) {
                        int[] at = fileId(buf, n, i);
                        if (at != null) {
                            id = new long[]{base + i, base + at[0], base + at[1], base + at[2], base + at[3], base + at[4]};
                            i = at[4] - 1;
                        }
                    }
                }
            }
            if (dirtyFrom < dirtyTo) bytes.write(base + dirtyFrom, buf, dirtyFrom, dirtyTo - dirtyFrom);
            base += i;
        }
        if (id == null) return;
        ContentId digest = new ContentId();
        digest.update(bytes, 0, id[0], buf);
        digest.update(bytes, id[5], size, buf);
        String hex = digest.hex();
        fill(bytes, id[1], id[2], hex);
        fill(bytes, id[3], id[4], hex);
    }

    /**
     * 32 hex digits identifying the bytes they are given: their CRC-32, CRC-32C, Adler-32 and length. The identifier
     * only has to follow the content; MD5 did that at 2% of the pack's CPU time, as the client compiler the launcher
     * uses has no intrinsic for it, where these checksums run in native code.
     */
    static final class ContentId {
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
        private final java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        private long length;

        void update(byte[] bytes, int from, int n) {
            crc.update(bytes, from, n);
            crcC.update(bytes, from, n);
            adler.update(bytes, from, n);
            length += n;
        }

        void update(Bytes bytes, long from, long to, byte[] buf) throws IOException {
            for (long at = from; at < to; ) {
                int n = (int) Math.min(buf.length, to - at);
                bytes.read(at, buf, n);
                update(buf, 0, n);
                at += n;
            }
        }

        String hex() {
            return String.format("%08x%08x%08x%08x", crc.getValue(), crcC.getValue(), adler.getValue(), length & 0xFFFFFFFFL);
        }
    }

    /** {@code D:} and 14 digits at {@code i}. */
    private static boolean isDate(byte[] pdf, int length, int i) {
        if (i + 16 > length || pdf[i + 1] != ':') return false;
        for (int k = i + 2; k < i + 16; k++) if (pdf[k] < '0' || pdf[k] > '9') return false;
        return true;
    }

    /** Where the font name ends when a subset tag {@code /ABCDEF+Name} starts at {@code i}; -1 when none does. */
    private static int subsetTagEnd(byte[] pdf, int length, int i) {
        if (i + 9 > length || pdf[i + 7] != '+') return -1;
        for (int k = i + 1; k < i + 7; k++) if (pdf[k] < 'A' || pdf[k] > 'Z') return -1;
        int end = i + 8;
        while (end < length && isNameChar(pdf[end])) end++;
        return end > i + 8 ? end : -1;
    }

    private static boolean isNameChar(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** {@code /ID [<hex> <hex>]} at {@code i}: the two hex strings' bounds and the end; null when not one. */
    private static int[] fileId(byte[] pdf, int length, int i) {
        if (i + 3 > length || pdf[i + 1] != 'I' || pdf[i + 2] != 'D') return null;
        int k = space(pdf, length, i + 3);
        if (k >= length || pdf[k] != '[') return null;
        int[] at = new int[5];
        k = space(pdf, length, k + 1);
        for (int h = 0; h < 2; h++) {
            if (h == 1) k = space(pdf, length, k);
            if (k >= length || pdf[k] != '<') return null;
            int from = ++k;
            while (k < length && Character.digit(pdf[k], 16) >= 0) k++;
            if (k == from || k >= length || pdf[k] != '>') return null;
            at[2 * h] = from;
            at[2 * h + 1] = k++;
        }
        k = space(pdf, length, k);
        if (k >= length || pdf[k] != ']') return null;
        at[4] = k + 1;
        return at;
    }

    private static int space(byte[] pdf, int length, int k) {
        while (k < length && (pdf[k] == ' ' || pdf[k] == '\t' || pdf[k] == '\n' || pdf[k] == 0x0B || pdf[k] == '\f' || pdf[k] == '\r')) k++;
        return k;
    }

    /** The digest's hex, upper case, repeated to fill {@code [from, to)}. */
    private static void fill(Bytes bytes, long from, long to, String hex) throws IOException {
        byte[] digits = new byte[(int) (to - from)];
        for (int k = 0; k < digits.length; k++) digits[k] = (byte) Character.toUpperCase(hex.charAt(k % hex.length()));
        bytes.write(from, digits, 0, digits.length);
    }

    /** Six capital letters from the font name and its order of appearance. */
    private static String letters(int index, String font) {
        String digest = md5((index + ":" + font).getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) sb.append((char) ('A' + Integer.parseInt(digest.substring(2 * i, 2 * i + 2), 16) % 26));
        return sb.toString();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record FileBytes(FileChannel channel) implements Bytes {
        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public void read(long at, byte[] into, int length) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(into, 0, length);
            while (b.hasRemaining()) {
                if (channel.read(b, at + b.position()) < 0) throw new IOException("the PDF ended before its size while fixing it");
            }
        }

        @Override
        public void write(long at, byte[] from, int offset, int length) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(from, offset, length);
            while (b.hasRemaining()) channel.write(b, at + b.position() - offset);
        }
    }

    private record ArrayBytes(byte[] pdf) implements Bytes {
        @Override
        public long size() {
            return pdf.length;
        }

        @Override
        public void read(long at, byte[] into, int length) {
            System.arraycopy(pdf, (int) at, into, 0, length);
        }

        @Override
        public void write(long at, byte[] from, int offset, int length) {
            System.arraycopy(from, offset, pdf, (int) at, length);
        }
    }
}
