package nl.gemeente.kms.schema.notification;

/**
 * What a notification is about; the inbox filters on it. {@link #PUBLISHED} covers both an editor's
 * publication and the scheduler's activation of a scheduled version. Other subjects (inconsistency
 * reports, for instance) add their own kinds here.
 */
public enum NotificationType {
  PUBLISHED,
  SCHEDULED,
  /** A scheduled change that will not come: taken back (unscheduled) or archived before its date. */
  SCHEDULE_CANCELLED,
  ARCHIVED,
  REVIEW_REQUESTED,
  REMINDER,
  /** A report on an article of one's department, or one's own report moved on. */
  REPORT
}
