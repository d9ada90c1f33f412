package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gemeente.kms.identity.infrastructure.oidc.SingleSignOnFailed;
import nl.gemeente.kms.identity.infrastructure.oidc.SingleSignOnLogin;
import nl.gemeente.kms.workflow.Actor;

/**
 * Accepts HTTP Basic credentials (API clients, and the login call of the web application); a login
 * call, or a single sign-on, is kept in the HTTP session ({@link SessionLogin}). Unlike the standard
 * Basic mechanism it never sends a {@code WWW-Authenticate: Basic} challenge, so a browser shows our
 * login page, not its own dialog; a refusal is a problem+json 401. When single sign-on is configured
 * it also runs the two steps of the OpenID Connect login, so both ways in end in the same container
 * login and session.
 */
@ApplicationScoped
public class KmsAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;
  @Inject LoginAudit audit;
  @Inject SingleSignOnLogin singleSignOn;
  @Inject UserDirectory directory;

  // the wall clock, like the session's idle timeout: the application's clock can be set forward
  // (test mode), which must not log everyone out
  private final Clock clock = Clock.systemUTC();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    // logged in already: neither the identity provider nor the password is asked again, unless
    // the call brings credentials of its own (a login as someone else, an API client)
    Optional<SessionLogin> session = basic ? Optional.empty() : SessionLogin.of(request, clock.instant());
    if (session.isPresent()) {
      Optional<Actor> employee = directory.actor(session.get().username());
      if (employee.isPresent()) {
        return context.notifyContainerAboutLogin(employee.get().username(),
            employee.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
      }
      // deactivated or removed since the login: the session ends here
      request.getSession(false).invalidate();
    }
    if (singleSignOn.handles(request)) {
      return singleSignOn(request, response, context);
    }
    if (basic) {
      UsernamePasswordCredential credential = decode(header.substring(6).trim());
      String user = credential == null ? "" : credential.getCaller();
      String address = request.getRemoteAddr();
      long wait = throttle.secondsToWait(user, address);
      if (wait > 0) {
        return tooManyAttempts(response, wait);
      }
      boolean login = request.getRequestURI().equals("/api/session") && "POST".equals(request.getMethod());
      if (credential != null) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          throttle.succeeded(user);
          if (login) {
            audit.loggedIn(result.getCallerPrincipal().getName());
            SessionLogin.start(request, result.getCallerPrincipal().getName(), clock.instant());
          }
          return context.notifyContainerAboutLogin(result);
        }
      }
      throttle.failed(user, address);
      audit.loginFailed(user);
      return refuse(response, "Unknown user or wrong password.");
    }
    if (context.isProtected()) {
      return refuse(response, "Log in to use the KMS.");
    }
    return context.doNothing();
  }

  private AuthenticationStatus singleSignOn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      if (!singleSignOn.isCallback(request)) {
        return context.redirect(singleSignOn.authorizationRedirect(request));
      }
      SingleSignOnLogin.SignedOn employee = singleSignOn.complete(request);
      SessionLogin.start(request, employee.username(), clock.instant());
      return context.notifyContainerAboutLogin(employee.username(), employee.groups());
    } catch (SingleSignOnFailed e) {
      // the reason is in the log and the audit trail; the browser learns only that it failed
      return refuse(response, "Single sign-on did not succeed. Try again, or ask the service desk.");
    }
  }

  private static UsernamePasswordCredential decode(String token) {
    try {
      String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, long seconds) {
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"https://kms.gemeente.nl/problems/too-many-login-attempts\","
          + "\"title\":\"Too many login attempts\",\"status\":429,\"detail\":\"Too many failed logins. Try again in "
          + seconds + " seconds.\",\"retryAfterSeconds\":" + seconds + "}");
    } catch (IOException e) {
      response.setStatus(429);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
    try {
      response.setStatus(401);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"https://kms.gemeente.nl/problems/unauthenticated\",\"title\":\"Not logged in\","
                  + "\"status\":401,\"detail\":\""
                  + detail
                  + "\"}");
    } catch (IOException e) {
      response.setStatus(401);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
