package nl.gemeente.kms.identity.infrastructure.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the KMS talks to the identity provider, from MicroProfile Config: each property is also read
 * from the environment variable of the same name in capitals ({@code kms.oidc.issuer} from {@code
 * KMS_OIDC_ISSUER}), so the client secret lives in the deployment's environment, never in a file
 * of the application.
 */
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "kms.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "kms.oidc.client.id", defaultValue = "kms")
  String clientId;

  @Inject
  @ConfigProperty(name = "kms.oidc.client.secret")
  Optional<String> clientSecret;

  /** Fixed when the KMS runs behind a proxy; otherwise derived from the login request. */
  @Inject
  @ConfigProperty(name = "kms.oidc.redirect.uri")
  Optional<String> redirectUri;

  @Inject
  @ConfigProperty(name = "kms.oidc.scope", defaultValue = "openid profile email")
  String scope;

  @Inject
  @ConfigProperty(name = "kms.oidc.username.claim", defaultValue = "preferred_username")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "kms.oidc.roles.claim", defaultValue = "roles")
  String rolesClaim;

  @Inject
  @ConfigProperty(name = "kms.oidc.departments.claim", defaultValue = "departments")
  String departmentsClaim;

  /** {@code idp-value=ROLE,...}; without it a claim value is taken as the KMS role of that name. */
  @Inject
  @ConfigProperty(name = "kms.oidc.role.mapping")
  Optional<String> roleMapping;

  /** What an employee the identity provider gives no KMS role gets: reading, never editing. */
  @Inject
  @ConfigProperty(name = "kms.oidc.default.role", defaultValue = "AGENT")
  String defaultRole;

  public boolean enabled() {
    return issuer.filter(s -> !s.isBlank()).isPresent();
  }

  public String issuer() {
    String value = issuer.orElseThrow(() -> new IllegalStateException("KMS_OIDC_ISSUER is not set"));
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret.orElseThrow(() -> new IllegalStateException("KMS_OIDC_CLIENT_SECRET is not set"));
  }

  public Optional<String> redirectUri() {
    return redirectUri.filter(s -> !s.isBlank());
  }

  public String scope() {
    return scope;
  }

  public ClaimMapping claimMapping() {
    return new ClaimMapping(usernameClaim, rolesClaim, departmentsClaim, roleMapping.orElse(""), defaultRole);
  }
}
