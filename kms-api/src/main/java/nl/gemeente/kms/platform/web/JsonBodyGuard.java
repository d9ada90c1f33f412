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
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) RequestSizeFilter.MAX_BYTES + 1);
    String refusal = body.length > RequestSizeFilter.MAX_BYTES ? null : refusal(body);
    if (body.length > RequestSizeFilter.MAX_BYTES) {
      Problems.write(response, 413, "payload-too-large", "Request too large",
          "A request body is at most " + RequestSizeFilter.MAX_BYTES / 1000 + " kB.");
    } else if (refusal != null) {
      Problems.write(response, 400, "malformed-json", "Malformed JSON", refusal);
    } else {
      chain.doFilter(new CachedBody(request, body), response);
    }
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
