/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE) against the municipality's
 * identity provider. Switched on by setting {@code KMS_OIDC_ISSUER}; without it the embedded
 * database login is the only way in. A successful sign-on creates or updates the employee's
 * account from the ID token's claims, so the rest of the KMS keeps reading roles and departments
 * from the user directory, whichever way the employee logged in.
 */
package nl.gemeente.kms.identity.infrastructure.oidc;
