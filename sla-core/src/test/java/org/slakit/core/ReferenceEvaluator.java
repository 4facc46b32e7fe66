package org.slakit.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;

/**
 * A slow, obviously-correct evaluator written from the documentation, for property tests. It
 * uses only the public API of conditions, targets and calendars; it decides what a condition
 * "depends on" by trying every case shape; and it finds the at-risk instant by bisection on
 * {@code between}, never by {@code plus}.
 */
final class ReferenceEvaluator {

    private ReferenceEvaluator() {
    }

    /** The reference's answers. */
    static final class Answer {
        SlaState state;
        String rule;
        Target target;
        Instant clockStart;
        Instant due;
        Instant atRisk;
        Duration length;
        Duration used;
    }

    static Answer evaluate(SlaPolicy policy, SupportCase c, Instant now) {
        Answer a = new Answer();
        if (c.status() == CaseStatus.SOLVED || c.status() == CaseStatus.CLOSED) {
            a.state = SlaState.NOT_RUNNING;
            return a;
        }
        SlaRule rule = null;
        for (SlaRule r : policy.rules()) {
            if (r.condition().test(c)) {
                rule = r;
                break;
            }
        }
        if (rule == null) {
            throw new AssertionError("reference: no rule matches " + c);
        }
        a.rule = rule.name();
        Target t = rule.target();
        if (t.kind() == Target.Kind.AS_AGREED) {
            t = c.agreedInterval().isPresent() ? Target.elapsed(c.agreedInterval().get()) : ((Target.AsAgreed) t).fallback();
        }
        a.target = t;
        BusinessCalendar cal = c.calendar().orElse(policy.defaultCalendar());

        Instant sent = c.lastSentToCustomer().orElse(null);
        Instant start;
        if (policy.clockStart() == ClockStart.LAST_UPDATE) {
            start = sent != null ? sent : c.created();
        } else {
            // the rule began to apply at the latest of the clock's last start (creation or reopening)
            // and the last change of each field its condition tests
            Instant ruleStart = c.lastReopened().orElse(c.created());
            if (dependsOnStatus(rule.condition()) && c.statusSince().isAfter(ruleStart)) {
                ruleStart = c.statusSince();
            }
            if (dependsOnPriority(rule.condition()) && c.prioritySince().isAfter(ruleStart)) {
                ruleStart = c.prioritySince();
            }
            start = sent != null && sent.isAfter(ruleStart) ? sent : ruleStart;
        }
        a.clockStart = start;

        boolean business = t.kind() != Target.Kind.ELAPSED;
        if (t.kind() == Target.Kind.BUSINESS_TIME) {
            a.due = cal.plus(start, ((Target.BusinessTime) t).length());
            a.length = ((Target.BusinessTime) t).length();
        } else if (t.kind() == Target.Kind.BUSINESS_DAYS) {
            a.due = cal.plusBusinessDays(start, ((Target.BusinessDays) t).days());
            a.length = cal.between(start, a.due);
        } else {
            a.due = start.plus(((Target.Elapsed) t).length());
            a.length = ((Target.Elapsed) t).length();
        }

        WarningThreshold w = policy.warning();
        Duration allowed;
        if (w.isFraction()) {
            BigDecimal nanos = new BigDecimal(BigInteger.valueOf(a.length.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
                    .add(BigInteger.valueOf(a.length.getNano())));
            long ceil = nanos.multiply(BigDecimal.valueOf(w.fraction().getAsDouble())).setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            allowed = Duration.ofNanos(ceil);
        } else {
            allowed = a.length.minus(w.leadTime().get());
            if (allowed.isNegative()) {
                allowed = Duration.ZERO;
            }
        }
        a.atRisk = earliestReaching(cal, business, start, a.due, allowed);
        a.used = business ? cal.between(start, now) : Duration.between(start, now);
        a.state = now.isAfter(a.due) ? SlaState.BREACHED : now.isBefore(a.atRisk) ? SlaState.ON_TRACK : SlaState.AT_RISK;
        return a;
    }

    /** The earliest u in [start, due] with measure(start, u) >= amount, by bisection on nanoseconds. */
    static Instant earliestReaching(BusinessCalendar cal, boolean business, Instant start, Instant due, Duration amount) {
        long lo = 0;
        long hi = Duration.between(start, due).toNanos();
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            Instant u = start.plusNanos(mid);
            Duration used = business ? cal.between(start, u) : Duration.between(start, u);
            if (used.compareTo(amount) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return start.plusNanos(lo);
    }

    /** Every shape of case the rules can tell apart, for one channel set. */
    private static List<SupportCase> shapes(boolean sent) {
        List<SupportCase> out = new ArrayList<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Channel> channels = new ArrayList<>(Scenarios.CHANNELS);
        channels.add(Channel.of("other"));
        for (Priority p : Priority.values()) {
            for (boolean elevated : new boolean[] {false, true}) {
                for (CaseStatus s : List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER)) {
                    for (Channel ch : channels) {
                        SupportCase.Builder b = SupportCase.builder("shape", t).priority(p).elevated(elevated).status(s).channel(ch);
                        if (sent) {
                            b.lastSentToCustomer(t);
                        }
                        out.add(b.build());
                    }
                }
            }
        }
        return out;
    }

    static boolean dependsOnStatus(Condition c) {
        for (boolean sent : new boolean[] {false, true}) {
            for (SupportCase shape : shapes(sent)) {
                for (CaseStatus s : List.of(CaseStatus.OPEN, CaseStatus.PENDING_INTERNAL, CaseStatus.PENDING_CUSTOMER)) {
                    if (c.test(shape.toBuilder().status(s).build()) != c.test(shape)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean dependsOnPriority(Condition c) {
        for (boolean sent : new boolean[] {false, true}) {
            for (SupportCase shape : shapes(sent)) {
                for (Priority p : Priority.values()) {
                    for (boolean elevated : new boolean[] {false, true}) {
                        SupportCase other = shape.toBuilder().priority(p).elevated(elevated).build();
                        if (c.test(other) != c.test(shape)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
