package nl.gemeente.kms.identity.infrastructure.oidc;

import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.Role;

/** An employee as the identity provider describes them, already mapped to KMS roles. */
public record ClaimedIdentity(
    String username, String displayName, Optional<String> email, Set<Role> roles, Set<String> departments) {

  public ClaimedIdentity {
    roles = Set.copyOf(roles);
    departments = Set.copyOf(departments);
  }
}
