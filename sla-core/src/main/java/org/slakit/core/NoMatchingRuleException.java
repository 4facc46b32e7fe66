package org.slakit.core;

/**
 * Thrown when no rule of a policy matches a case whose clock runs. The message names the case and,
 * for each rule, why it does not match; the policy does not guess a target.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class NoMatchingRuleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** @serial the id of the case no rule matches */
    private final String caseId;

    NoMatchingRuleException(String caseId, String message) {
        super(message);
        this.caseId = caseId;
    }

    /** @return the id of the case no rule matches */
    public String caseId() {
        return caseId;
    }
}
