package nl.gemeente.kms.notification.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The employees notifications can go to, as far as notifications need to know them. */
public interface RecipientDirectory {

  List<RecipientRules.Member> activeMembers();

  /** Display names by username, for the people who manage read confirmations. */
  Map<String, String> displayNames(Collection<String> usernames);

  /** E-mail addresses of the active employees among {@code usernames} that have one. */
  Map<String, String> emailAddresses(Collection<String> usernames);
}
