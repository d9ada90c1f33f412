/**
 * Who is asking: authentication of employees (embedded database identity store by default, single
 * sign-on in production) and the {@link nl.gemeente.kms.workflow.Actor} with roles and department
 * memberships that every service uses for its authorization decisions.
 */
package nl.gemeente.kms.identity;
