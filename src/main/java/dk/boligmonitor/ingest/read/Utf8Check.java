package dk.boligmonitor.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a whole file decodes as UTF-8. Windows-1252 text with æøå almost never does, so a file that
 * passes is UTF-8 and one that fails is read as Windows-1252, the other encoding Danish exports use.
 */
final class Utf8Check {

    private Utf8Check() {
    }

    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, read);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * UTF-16 as some systems write it without a byte-order mark: text of Latin letters then has a zero byte in
     * every other position (the high byte of each character), which neither UTF-8 nor Windows-1252 text has.
     * Judged on the first 4 KB: UTF-16LE when at least 40 % of the odd bytes are zero and under 10 % of the even
     * ones, UTF-16BE the other way round.
     */
    static Optional<Charset> utf16WithoutBom(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        int pairs = start.length / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += start[2 * i] == 0 ? 1 : 0;
            oddZeros += start[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs < 2) {
            return Optional.empty();
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * For a file that is not UTF-8: where it nevertheless has letters such as æ, ø and å written as UTF-8
     * (Ã followed by a continuation byte, which Danish Windows-1252 text never has) and where it is not UTF-8,
     * as the first line of each, or empty when the file has no UTF-8 letters at all.
     */
    static Optional<int[]> mixedEncodings(Path file) throws IOException {
        int line = 1;
        int utf8Line = 0;
        int otherLine = 0;
        int pending = 0;
        int previous = -1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0 && (utf8Line == 0 || otherLine == 0); previous = b, b = in.read()) {
                if (pending > 0 && (b & 0xC0) == 0x80) {
                    pending--;
                    if (previous == 0xC3 && utf8Line == 0) {
                        utf8Line = line;
                    }
                    continue;
                }
                if (pending > 0 && otherLine == 0) {
                    otherLine = line;
                }
                pending = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
                if (b >= 0x80 && pending == 0 && otherLine == 0) {
                    otherLine = line;
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return utf8Line > 0 && otherLine > 0 ? Optional.of(new int[] {utf8Line, otherLine}) : Optional.empty();
    }
}
