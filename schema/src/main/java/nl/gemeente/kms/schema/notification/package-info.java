/**
 * The persistent side of change notifications: one {@link
 * nl.gemeente.kms.schema.notification.Notification} row per recipient (the inbox, and the bus that
 * every application node polls), what employees follow ({@link
 * nl.gemeente.kms.schema.notification.Subscription}), and the weekly digest's delivery record
 * ({@link nl.gemeente.kms.schema.notification.DigestDelivery}) that makes sending idempotent.
 */
package nl.gemeente.kms.schema.notification;
