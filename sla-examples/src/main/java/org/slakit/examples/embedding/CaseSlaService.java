package org.slakit.examples.embedding;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;

/**
 * Embedding 1: a JVM service that evaluates cases on request.
 *
 * <p>The service holds one immutable {@link SlaPolicy} (safe to share between request threads)
 * and an {@link InstantSource} for "now", so tests pass a fixed clock and production passes
 * {@code InstantSource.system()}. Each request carries the case as the service's own data type
 * ({@link CaseRow}, standing in for an entity or a JSON body); the service maps it to a
 * {@link SupportCase} and answers with what a UI shows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseSlaService {

    /** The application's own view of a case, as it might come from its database. */
    public record CaseRow(String id, String channel, String priority, boolean elevated, String status,
                          Instant created, Instant statusSince, Instant lastSentToCustomer, String assignee) {
    }

    /** What the service answers: the state, when the next update is due, and why. */
    public record SlaAnswer(String caseId, String state, Optional<Instant> due, Optional<Instant> nextCheck,
                            String explanation) {
    }

    private final SlaPolicy policy;
    private final InstantSource clock;

    /**
     * Creates the service.
     *
     * @param policy the policy every request is evaluated with
     * @param clock where "now" comes from
     */
    public CaseSlaService(SlaPolicy policy, InstantSource clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Evaluates one case at the clock's current instant.
     *
     * @param row the case as the application stores it
     * @return the answer
     * @throws IllegalArgumentException if the row holds a value slakit does not accept, naming it
     */
    public SlaAnswer evaluate(CaseRow row) {
        SupportCase.Builder b = SupportCase.builder(row.id(), row.created())
                .channel(Channel.of(row.channel()))
                .priority(Priority.parse(row.priority()))
                .elevated(row.elevated())
                .status(CaseStatus.parse(row.status()))
                .statusSince(row.statusSince() != null ? row.statusSince() : row.created());
        if (row.lastSentToCustomer() != null) {
            b.lastSentToCustomer(row.lastSentToCustomer());
        }
        if (row.assignee() != null) {
            b.assignee(row.assignee());
        }
        Evaluation e = policy.evaluate(b.build(), clock.instant());
        return new SlaAnswer(row.id(), e.state().name(), e.due(), e.nextChange(), e.explain());
    }
}
