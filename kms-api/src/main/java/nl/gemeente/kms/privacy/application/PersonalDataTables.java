package nl.gemeente.kms.privacy.application;

import java.util.List;

/**
 * Where the KMS keeps personal data of an employee, and what a removal does with each place: the
 * one list that export, removal and docs/security.md follow. Records that must stay (who wrote,
 * reviewed, reported or changed what) keep a pseudonym instead of the name; everything that only
 * serves the employee goes.
 */
final class PersonalDataTables {

  /** A column that holds a user name, and whether removal pseudonymizes the row or deletes it. */
  record Place(String section, String table, String column, boolean keepRow) {}

  static final List<Place> PLACES = List.of(
      new Place("articlesCreated", "article", "created_by", true),
      new Place("versionsAuthored", "article_version", "author", true),
      new Place("auditTrail", "audit_entry", "actor", true),
      new Place("reportsFiled", "inconsistency_report", "reporter", true),
      new Place("reportsAssigned", "inconsistency_report", "assignee", true),
      new Place("reportsOnOwnVersions", "inconsistency_report", "version_author", true),
      new Place("reportHistory", "report_history", "actor", true),
      new Place("synonymRules", "synonym_rule", "created_by", true),
      new Place("notifications", "notification", "recipient", false),
      new Place("subscriptions", "subscription", "username", false),
      new Place("digestDeliveries", "digest_delivery", "username", false),
      new Place("roles", "user_role", "username", false),
      new Place("departments", "user_department", "username", false));

  private PersonalDataTables() {}
}
