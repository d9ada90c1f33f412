package nl.gemeente.kms.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8: a byte sequence that is not UTF-8 is reported with its line instead of being
 * replaced by question marks in a published text. Also bounded reading, so that an oversized file
 * is refused after reading at most one byte more than the limit.
 */
final class Utf8 {

  private Utf8() {}

  /** The decoded text without a byte-order mark, or empty when the bytes are not UTF-8. */
  static Optional<String> decode(byte[] bytes, int offset, int length) {
    int skip = hasBom(bytes, offset, length) ? 3 : 0;
    try {
      return Optional.of(decoder().decode(ByteBuffer.wrap(bytes, offset + skip, length - skip)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The 1-based line (counted from {@code offset}) of the first byte that is not UTF-8. */
  static int lineOfFirstBadByte(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CoderResult result = decoder().decode(in, CharBuffer.allocate(length + 1), true);
    int bad = result.isError() ? in.position() : offset + length;
    int line = 1;
    for (int i = offset; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** At most {@code limit} bytes; empty when the stream holds more. */
  static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
  }

  private static boolean hasBom(byte[] b, int offset, int length) {
    return length >= 3 && b[offset] == (byte) 0xEF && b[offset + 1] == (byte) 0xBB && b[offset + 2] == (byte) 0xBF;
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
