package nl.gemeente.kms.identity.infrastructure.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.gemeente.kms.identity.infrastructure.LoginAudit;
import nl.gemeente.kms.schema.identity.UserAccount;

/**
 * The authorization code flow with PKCE, in two requests of the browser: {@link #START} sends it
 * to the identity provider with a fresh state, nonce and code verifier kept in the session;
 * {@link #CALLBACK} receives the code, redeems it, checks the ID token and yields the employee's
 * account. The authentication mechanism then logs them in exactly like a password login.
 */
@ApplicationScoped
public class SingleSignOnLogin {

  public static final String START = "/api/session/oidc";
  public static final String CALLBACK = "/api/session/oidc/callback";
  private static final String PENDING = SingleSignOnLogin.class.getName() + ".pending";
  private static final Logger LOG = Logger.getLogger(SingleSignOnLogin.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the callback must match: kept in the session between the two requests. */
  record Pending(String state, String nonce, String codeVerifier, String redirectUri) implements Serializable {}

  /** A logged-in employee: the name and the groups the container maps to roles. */
  public record SignedOn(String username, Set<String> groups) {}

  @Inject OidcSettings settings;
  @Inject OidcProvider provider;
  @Inject SingleSignOnAccounts accounts;
  @Inject LoginAudit audit;
  @Inject Clock clock;

  public boolean handles(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return settings.enabled() && "GET".equals(request.getMethod()) && (START.equals(uri) || CALLBACK.equals(uri));
  }

  public boolean isCallback(HttpServletRequest request) {
    return CALLBACK.equals(request.getRequestURI());
  }

  /** Where to send the browser to log in at the identity provider. */
  public String authorizationRedirect(HttpServletRequest request) {
    Pending pending = new Pending(random(), random(), random(), redirectUri(request));
    request.getSession(true).setAttribute(PENDING, pending);
    return provider.authorizationEndpoint()
        + "?response_type=code"
        + "&client_id=" + encode(settings.clientId())
        + "&redirect_uri=" + encode(pending.redirectUri())
        + "&scope=" + encode(settings.scope())
        + "&state=" + pending.state()
        + "&nonce=" + pending.nonce()
        + "&code_challenge=" + challenge(pending.codeVerifier())
        + "&code_challenge_method=S256";
  }

  /** Completes the sign-on, or throws {@link SingleSignOnFailed} (already audited and logged). */
  public SignedOn complete(HttpServletRequest request) {
    String username = null;
    try {
      Pending pending = takePending(request);
      if (request.getParameter("error") != null) {
        throw new SingleSignOnFailed("the provider refused: " + request.getParameter("error"));
      }
      String code = request.getParameter("code");
      if (code == null || !pending.state().equals(request.getParameter("state"))) {
        throw new SingleSignOnFailed("callback without code or with a state of another login");
      }
      JsonNode tokens = provider.redeem(code, pending.redirectUri(), pending.codeVerifier());
      JsonNode claims = IdToken.verify(tokens.path("id_token").asText(null), provider::signingKey,
          settings.issuer(), settings.clientId(), pending.nonce(), clock.instant());
      username = claims.path("preferred_username").asText(claims.path("sub").asText());
      ClaimedIdentity identity = settings.claimMapping().identity(claims)
          .orElseThrow(() -> new SingleSignOnFailed("the token names no user or grants no KMS role"));
      username = identity.username();
      UserAccount account = accounts.adopt(identity).orElseThrow(() -> new SingleSignOnFailed("the account is deactivated in the KMS"));
      audit.loggedInWithSingleSignOn(account.username(), settings.issuer());
      return new SignedOn(account.username(),
          account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    } catch (SingleSignOnFailed e) {
      LOG.log(Level.WARNING, "single sign-on refused: " + e.getMessage());
      audit.singleSignOnRefused(username, e.getMessage());
      throw e;
    }
  }

  private static Pending takePending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object pending = session == null ? null : session.getAttribute(PENDING);
    if (!(pending instanceof Pending p)) {
      throw new SingleSignOnFailed("callback without a login started in this browser session");
    }
    session.removeAttribute(PENDING); // one use: a replayed callback finds nothing
    return p;
  }

  private String redirectUri(HttpServletRequest request) {
    return settings.redirectUri().orElseGet(() -> {
      String url = request.getRequestURL().toString();
      return url.substring(0, url.length() - request.getRequestURI().length()) + CALLBACK;
    });
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
