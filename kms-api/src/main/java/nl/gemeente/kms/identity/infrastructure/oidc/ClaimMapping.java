package nl.gemeente.kms.identity.infrastructure.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.Role;

/**
 * Turns the claims of a validated ID token into a KMS identity. Claim names may be dotted paths
 * into nested objects ({@code realm_access.roles} in Keycloak's default tokens); a claim may hold
 * one string or an array of strings. Values the KMS does not know are ignored, so an identity
 * provider that sends every group of an employee grants nothing by accident.
 */
public final class ClaimMapping {

  private final String usernameClaim;
  private final String rolesClaim;
  private final String departmentsClaim;
  private final Map<String, Role> roleNames;
  private final Optional<Role> defaultRole;

  /**
   * @param roleMapping {@code idp-value=ROLE} pairs separated by commas; blank means that a claim
   *     value is the name of a KMS role itself (case-insensitive)
   * @param defaultRole the role of an employee with no mapped role, or {@code NONE} to refuse them
   */
  public ClaimMapping(
      String usernameClaim, String rolesClaim, String departmentsClaim, String roleMapping, String defaultRole) {
    this.usernameClaim = usernameClaim;
    this.rolesClaim = rolesClaim;
    this.departmentsClaim = departmentsClaim;
    this.roleNames = parseRoleMapping(roleMapping);
    this.defaultRole =
        "NONE".equalsIgnoreCase(defaultRole.strip())
            ? Optional.empty()
            : Optional.of(Role.valueOf(defaultRole.strip().toUpperCase(Locale.ROOT)));
  }

  /** Who the token says the employee is; empty when it names no one or grants no role at all. */
  public Optional<ClaimedIdentity> identity(JsonNode claims) {
    Optional<String> username = strings(claims, usernameClaim).stream().findFirst().map(String::strip)
        .filter(s -> !s.isEmpty() && s.length() <= 80);
    if (username.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = roles(strings(claims, rolesClaim));
    if (roles.isEmpty()) {
      return Optional.empty();
    }
    Set<String> departments = new LinkedHashSet<>();
    strings(claims, departmentsClaim).forEach(d -> departments.add(d.strip().toLowerCase(Locale.ROOT)));
    String name = text(claims, "name").orElse(username.get());
    return Optional.of(new ClaimedIdentity(username.get(), name, text(claims, "email"), roles, departments));
  }

  private Set<Role> roles(Set<String> claimed) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String value : claimed) {
      if (roleNames.isEmpty()) {
        for (Role r : Role.values()) {
          if (r.name().equalsIgnoreCase(value.strip())) {
            roles.add(r);
          }
        }
      } else if (roleNames.containsKey(value.strip())) {
        roles.add(roleNames.get(value.strip()));
      }
    }
    if (roles.isEmpty()) {
      defaultRole.ifPresent(roles::add);
    }
    return roles;
  }

  private static Map<String, Role> parseRoleMapping(String mapping) {
    Map<String, Role> result = new HashMap<>();
    for (String pair : mapping.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("KMS_OIDC_ROLE_MAPPING: expected value=ROLE, got '" + pair.strip() + "'");
      }
      result.put(pair.substring(0, eq).strip(), Role.valueOf(pair.substring(eq + 1).strip().toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(result);
  }

  private static Optional<String> text(JsonNode claims, String name) {
    JsonNode node = claims.path(name);
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
  }

  static Set<String> strings(JsonNode claims, String path) {
    JsonNode node = claims;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    Set<String> values = new LinkedHashSet<>();
    if (node.isTextual()) {
      values.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(v -> {
        if (v.isTextual()) {
          values.add(v.asText());
        }
      });
    }
    return values;
  }
}
