package nl.gemeente.kms.schema.notification;

/** What an employee can follow: every article of a department, of a topic, or one article. */
public enum SubscriptionKind {
  DEPARTMENT,
  TOPIC,
  ARTICLE
}
