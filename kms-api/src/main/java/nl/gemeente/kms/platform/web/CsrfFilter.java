package nl.gemeente.kms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * A state-changing API call that relies on the session cookie must carry the session's token in
 * {@code X-CSRF-Token}: another site can make a browser send our cookie, but cannot read the token.
 * Calls with their own credentials (HTTP Basic, the one scheme the KMS accepts) carry no ambient
 * authority and pass; any other Authorization header is ignored by the login, so it exempts nothing.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

  public static final String HEADER = "X-CSRF-Token";
  static final String ATTRIBUTE = "kms.csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    boolean ownCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    boolean cookieSession = !ownCredentials && request.getUserPrincipal() != null;
    if (cookieSession && !SAFE.contains(request.getMethod()) && !matches(request)) {
      Problems.write(response, 403, "csrf", "Missing or wrong CSRF token",
          "Send the token from GET /api/session in the " + HEADER + " header.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    String given = request.getHeader(HEADER);
    return expected != null && given != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** The session's token, created with the session's first use. */
  public static String tokenFor(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    String token = (String) session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return token;
  }
}
