package nl.gemeente.kms.identity.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who logged in on this HTTP session, and when; what they may do is taken from the directory on every
 * request, so a changed role or a deactivated account counts within seconds (ADR 0011). The login lives in the session
 * (ADR 0010) because the container's own way, an LTPA cookie, signed a new token with RSA on every
 * request, which cost more CPU than the search it guarded. Logging out invalidates the session, so a
 * copied cookie is worthless afterwards, which a self-contained token could not promise.
 */
public record SessionLogin(String username, Instant at) implements Serializable {

  private static final String ATTRIBUTE = SessionLogin.class.getName();

  /** However active the employee is, a login lasts one long working day; then they log in again. */
  static final Duration LONGEST = Duration.ofHours(12);

  /**
   * Keeps the login in a new session: a session planted in the browser before the login (session
   * fixation) is ended, and nothing in it, such as its CSRF token, carries over.
   */
  static void start(HttpServletRequest request, String username, Instant now) {
    HttpSession before = request.getSession(false);
    if (before != null) {
      before.invalidate();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, new SessionLogin(username, now));
  }

  /** The login kept in this request's session, unless it is older than {@link #LONGEST}. */
  static Optional<SessionLogin> of(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionLogin login)) {
      return Optional.empty();
    }
    if (login.at().plus(LONGEST).isBefore(now)) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(login);
  }
}
