package nl.gemeente.kms.workflow;

import java.util.Objects;

/** The actor lacks the role or department membership for the action, or is its author (four eyes). */
public final class NotPermitted extends WorkflowException {

    private final String username;
    private final String action;
    private final String reason;

    public NotPermitted(String username, String action, String reason) {
        super(Objects.requireNonNull(username, "username") + " may not "
                + Objects.requireNonNull(action, "action") + ": "
                + Objects.requireNonNull(reason, "reason"));
        this.username = username;
        this.action = action;
        this.reason = reason;
    }

    public String username() {
        return username;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }
}
