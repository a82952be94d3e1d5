package dk.boligmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
