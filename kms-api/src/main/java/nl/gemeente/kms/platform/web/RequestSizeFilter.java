package nl.gemeente.kms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses API request bodies above a limit before anything reads them. The largest legitimate
 * body, an article at its maximum length, stays well below it; bulk imports have their own limit.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

  static final long MAX_BYTES = 1_500_000;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length > MAX_BYTES && !request.getRequestURI().startsWith("/api/admin/imports")) {
      Problems.write(response, 413, "payload-too-large", "Request too large",
          "A request body is at most " + MAX_BYTES / 1000 + " kB.");
      return;
    }
    chain.doFilter(request, response);
  }
}
