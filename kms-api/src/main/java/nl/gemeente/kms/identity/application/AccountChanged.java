package nl.gemeente.kms.identity.application;

/**
 * Fired inside the transaction that changed an employee's account (roles, departments, activity,
 * or its removal): once that transaction has committed, the directory reads the account afresh.
 */
public record AccountChanged(String username) {}
