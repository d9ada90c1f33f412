/**
 * Change notifications: who hears of a publication, a scheduled change, a withdrawal or a review
 * request ({@code application.RecipientRules}); the persistent per-user inbox with read and "read and
 * understood" marks; what employees follow; real-time push to browsers over Server-Sent Events with
 * the notification table as the bus between application nodes; and the weekly digest by e-mail,
 * sent at most once per employee and week. See docs/adr/0004-notification-delivery.md.
 */
package nl.gemeente.kms.notification;
