package nl.gemeente.kms.schema.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.gemeente.kms.schema.support.InstantConverter;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.Role;

/**
 * An employee who uses the KMS, with the roles and department memberships that decide what they may
 * see and change. The password hash is only used by the embedded identity store; with single sign-on
 * the identity provider's claims take its place.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  /** Stored instead of a hash for an account made by single sign-on: it can never match a password. */
  static final String NO_PASSWORD = "!single-sign-on";

  @Id private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active;

  private String email;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name")
  private Set<String> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_department", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "department_code")
  private Set<String> departments = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Set<String> departments,
      Instant createdAt) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
    roles.forEach(r -> this.roles.add(r.name()));
    this.departments.addAll(departments);
  }

  /** A new employee known only from the identity provider: they cannot log in with a password. */
  public static UserAccount fromSingleSignOn(
      String username, String displayName, Set<Role> roles, Set<String> departments, Instant createdAt) {
    return new UserAccount(username, displayName, NO_PASSWORD, roles, departments, createdAt);
  }

  /**
   * Takes over what the identity provider says at a single sign-on: with single sign-on the
   * provider, not the KMS, decides an employee's roles and departments, so both are replaced.
   */
  public void adoptSingleSignOnClaims(String displayName, Set<Role> roles, Set<String> departments) {
    this.displayName = Objects.requireNonNull(displayName);
    this.roles.clear();
    roles.forEach(r -> this.roles.add(r.name()));
    this.departments.clear();
    this.departments.addAll(departments);
  }

  /** False for an account made by single sign-on; the embedded login refuses it. */
  public boolean hasPassword() {
    return !NO_PASSWORD.equals(passwordHash);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  /** Where the weekly digest goes; without one the employee only has the inbox. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public void changeEmail(String address) {
    this.email = address == null || address.isBlank() ? null : address.strip();
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> roles() {
    Set<Role> result = new HashSet<>();
    roles.forEach(r -> result.add(Role.valueOf(r)));
    return Set.copyOf(result);
  }

  public Set<String> departments() {
    return Set.copyOf(departments);
  }
}
