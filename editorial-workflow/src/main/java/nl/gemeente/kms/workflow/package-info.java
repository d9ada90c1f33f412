/**
 * The editorial workflow of the knowledge base as plain Java rules: the life cycle of an article
 * version ({@link nl.gemeente.kms.workflow.VersionState}) driven by one table of
 * {@link nl.gemeente.kms.workflow.Transition}s that {@link nl.gemeente.kms.workflow.EditorialWorkflow}
 * enforces for an {@link nl.gemeente.kms.workflow.Actor}, department scoping and the four-eyes
 * principle, content validation, the invariants across the versions of one article, periodic
 * review and the reconstruction of which version was live when. Nothing here knows about
 * persistence or HTTP; callers pass in what the rules need and apply the outcomes.
 */
package nl.gemeente.kms.workflow;
