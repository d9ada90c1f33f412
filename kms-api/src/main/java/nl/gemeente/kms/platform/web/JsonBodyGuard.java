package nl.gemeente.kms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks a JSON request body before JSON-B reads it: at most {@link RequestSizeFilter#MAX_BYTES}
 * (also when it comes chunked, without a length), valid UTF-8, and nested at most {@value #MAX_DEPTH}
 * levels. Found by the fuzz test: the JSON parser spends minutes of CPU skipping a body of fifty
 * thousand nested objects, so a handful of such requests would occupy every worker thread. No
 * request of this API nests deeper than four levels. A servlet filter, so nothing reads the body first.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class JsonBodyGuard extends HttpFilter {

  static final int MAX_DEPTH = 32;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // bulk uploads (JSON Lines of thousands of articles) are spooled and checked by the importer
    if (!isJson(request.getContentType()) || request.getRequestURI().startsWith("/api/admin/imports")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) RequestSizeFilter.MAX_BYTES + 1);
    if (body.length > RequestSizeFilter.MAX_BYTES) {
      Problems.write(response, 413, "payload-too-large", "Request too large",
          "A request body is at most " + RequestSizeFilter.MAX_BYTES / 1000 + " kB.");
      return;
    }
    String refusal = refusal(body);
    if (refusal != null) {
      Problems.write(response, 400, "malformed-json", "Malformed JSON", refusal);
      return;
    }
    String nulField = fieldWithNul(body);
    if (nulField != null) {
      // PostgreSQL cannot store U+0000 in text; refused here for every field, as on H2
      Problems.writeFieldProblem(response, nulField, "no-nul-character", "Text may not contain the NUL character (U+0000).");
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private static String refusal(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      return "The body is not valid UTF-8.";
    }
    return depth(body) > MAX_DEPTH ? "The JSON is nested deeper than " + MAX_DEPTH + " levels." : null;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  /**
   * The name of the member whose string holds the JSON escape for U+0000, or null when none does. A
   * linear scan like {@link #depth}: the last string followed by a colon is the current member.
   */
  static String fieldWithNul(byte[] body) {
    String member = "";
    int stringStart = -1;
    boolean nulInString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (stringStart >= 0) {
        if (b == '\\') {
          nulInString |= i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
              && body[i + 4] == '0' && body[i + 5] == '0';
          i++;
        } else if (b == '"') {
          String text = new String(body, stringStart, i - stringStart, StandardCharsets.UTF_8);
          int next = i + 1;
          while (next < body.length && Character.isWhitespace(body[next])) {
            next++;
          }
          boolean isName = next < body.length && body[next] == ':';
          if (nulInString) {
            return isName ? text : member;
          }
          if (isName) {
            member = text;
          }
          stringStart = -1;
        }
      } else if (b == '"') {
        stringStart = i + 1;
        nulInString = false;
      }
    }
    return null;
  }

  /** The deepest nesting of brackets outside strings; a linear scan, whatever the body holds. */
  static int depth(byte[] body) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return deepest;
  }

  /** The request with its body read once and served again from memory. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
