package nl.gemeente.kms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gemeente.kms.schema.identity.UserAccount;

/**
 * The embedded default: employees and their salted PBKDF2 password hashes in the KMS database. The
 * caller's groups are its role names, which the container maps onto the roles of the same name.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject UserDirectory directory;
  @Inject PasswordHashing hashing;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return directory
        .find(login.getCaller())
        .filter(UserAccount::isActive)
        .filter(UserAccount::hasPassword)
        .filter(u -> hashing.verify(login.getPasswordAsString(), u.passwordHash()))
        .map(u -> new CredentialValidationResult(u.username(), groups(u)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> groups(UserAccount user) {
    return user.roles().stream().map(Enum::name).collect(Collectors.toSet());
  }
}
