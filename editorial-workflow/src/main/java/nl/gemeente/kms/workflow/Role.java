package nl.gemeente.kms.workflow;

/**
 * What a user may do in the knowledge base.
 *
 * <p>Agents answer citizens and only read published knowledge. Editors write and review the
 * articles of the departments they belong to. Knowledge managers may do everything an editor of
 * any department may do. Administrators manage the application, not its content: without another
 * role they take no editorial step.
 */
public enum Role {
    AGENT,
    EDITOR,
    KNOWLEDGE_MANAGER,
    ADMINISTRATOR
}
