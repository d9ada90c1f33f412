/**
 * What every HTTP response and request passes through: browser security headers, CSRF protection
 * for cookie sessions, request size limits and the JSON body guard. They apply before any resource is reached.
 */
package nl.gemeente.kms.platform.web;
