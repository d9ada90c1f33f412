/**
 * What every HTTP response and request passes through: browser security headers, CSRF protection
 * for cookie sessions, and request size limits. They apply before any resource is reached.
 */
package nl.gemeente.kms.platform.web;
