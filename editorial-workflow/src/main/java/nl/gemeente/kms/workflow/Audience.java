package nl.gemeente.kms.workflow;

/**
 * For whom an article is written. {@link #INTERNAL} knowledge is for contact-center staff only;
 * {@link #PUBLIC} knowledge is also fit to be published on the municipal website. Every user of
 * this system is staff, so the audience does not restrict who may read an article here.
 */
public enum Audience {
    INTERNAL,
    PUBLIC
}
