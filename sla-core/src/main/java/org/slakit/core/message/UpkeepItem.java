package org.slakit.core.message;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import org.slakit.core.CaseStatus;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;

/**
 * One case of an {@link UpkeepRound}: the case, its {@link Evaluation}, and the check-in template
 * suggested for it, with the reason.
 *
 * <h2>The suggested template</h2>
 * The status of the case decides, and nothing else:
 * <ul>
 *   <li>{@link CaseStatus#PENDING_INTERNAL pending internal response}: support waits on another
 *       team, so {@link CheckInTemplate#STILL_WORKING_ON} ("we are still working on getting
 *       {outcome} for you"), with the thing awaited as the value, such as
 *       {@code "a fix from our engineers"};</li>
 *   <li>{@link CaseStatus#OPEN open} and {@link CaseStatus#PENDING_CUSTOMER pending customer}:
 *       {@link CheckInTemplate#QUICK_UPDATE} ("... look forward to {resolution}"), with a phrase
 *       such as {@link CheckInTemplate#SQUASHING_THIS_BUG} as the value. The standard templates have none
 *       that asks the customer for an answer, so a pending-customer case gets the general quick
 *       update too.</li>
 * </ul>
 * Priority and the matched rule play no part: an emergency that is pending internal response
 * still gets {@code STILL_WORKING_ON}.
 *
 * <h2>Rendering</h2>
 * {@link #render(String)} fills the template's one placeholder, {@link #placeholder()}, through
 * {@link CheckInTemplate#render(java.util.Map)}: a {@code null} or blank value is a missing value
 * and fails with a {@link TemplateValuesException} naming the placeholder, so a customer never
 * receives a raw placeholder. This is the one exception to the package's null policy.
 *
 * <p>This class is immutable and thread-safe. Two items are equal when their evaluations are equal
 * (the suggestion follows from the evaluation).
 */
public final class UpkeepItem {

    private final Evaluation evaluation;
    private final Instant due;
    private final CheckInTemplate template;
    private final String placeholder;
    private final String reason;

    private UpkeepItem(Evaluation evaluation, Instant due, CheckInTemplate template, String reason) {
        this.evaluation = evaluation;
        this.due = due;
        this.template = template;
        this.placeholder = template.placeholders().iterator().next();
        this.reason = reason;
    }

    /**
     * The item of an evaluated case, with the template the status suggests (see the class
     * documentation).
     *
     * @param evaluation the evaluation of a case whose clock runs
     * @return the item
     * @throws IllegalArgumentException naming the case and its status, if no clock runs for it
     *         (solved or closed): no check-in is due for such a case
     */
    public static UpkeepItem of(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        SupportCase c = evaluation.supportCase();
        if (evaluation.state() == SlaState.NOT_RUNNING) {
            throw new IllegalArgumentException("Case " + c.id() + " is " + c.status().text()
                    + ": no SLA clock runs, so no check-in is due; expected an open or pending case");
        }
        Instant due = evaluation.due().orElseThrow();
        switch (c.status()) {
            case PENDING_INTERNAL:
                return new UpkeepItem(evaluation, due, CheckInTemplate.STILL_WORKING_ON, "Case " + c.id()
                        + " is pending internal response: support waits on another team, so tell the customer"
                        + " what we are still working on getting for them");
            case PENDING_CUSTOMER:
                return new UpkeepItem(evaluation, due, CheckInTemplate.QUICK_UPDATE, "Case " + c.id()
                        + " is pending customer: no standard template asks for an answer, so a quick update"
                        + " keeps the case inside its SLA");
            default:
                return new UpkeepItem(evaluation, due, CheckInTemplate.QUICK_UPDATE, "Case " + c.id()
                        + " is open: a quick update tells the customer we continue to work on the request");
        }
    }

    /** @return the case */
    public SupportCase supportCase() {
        return evaluation.supportCase();
    }

    /** @return the evaluation the item was selected by */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** @return when the next update is due: {@code evaluation().due()}, present since the clock runs */
    public Instant due() {
        return due;
    }

    /** @return true if the due instant has passed at the instant of evaluation */
    public boolean isBreached() {
        return evaluation.state() == SlaState.BREACHED;
    }

    /** @return the suggested template: {@link CheckInTemplate#STILL_WORKING_ON} or {@link CheckInTemplate#QUICK_UPDATE} */
    public CheckInTemplate template() {
        return template;
    }

    /** @return the name of the template's one placeholder: {@code outcome} or {@code resolution} */
    public String placeholder() {
        return placeholder;
    }

    /** @return one sentence on why the template is suggested, naming the case and its status */
    public String reason() {
        return reason;
    }

    /**
     * Renders the suggested template with the value for its placeholder, inserted literally.
     *
     * @param value the value for {@link #placeholder()}, not blank; {@code null} is reported as a
     *        missing value, not with a {@code NullPointerException}
     * @return the message
     * @throws TemplateValuesException naming the placeholder, if the value is {@code null} or blank
     */
    public String render(String value) {
        return template.render(Collections.singletonMap(placeholder, value));
    }

    /**
     * Renders the suggested template for an HTML body, as {@link CheckInTemplate#renderHtml(java.util.Map)}
     * does: the template's text and the value are HTML-escaped.
     *
     * @param value the value for {@link #placeholder()}, not blank; {@code null} is reported as a
     *        missing value
     * @return the message as HTML text
     * @throws TemplateValuesException naming the placeholder, if the value is {@code null} or blank
     */
    public String renderHtml(String value) {
        return template.renderHtml(Collections.singletonMap(placeholder, value));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UpkeepItem && evaluation.equals(((UpkeepItem) obj).evaluation);
    }

    @Override
    public int hashCode() {
        return evaluation.hashCode();
    }

    /** @return a one-line summary for logs: case id, state, due instant and the suggested template's constant name */
    @Override
    public String toString() {
        return "UpkeepItem[" + supportCase().id() + " " + evaluation.state() + " due " + due + ", "
                + (template == CheckInTemplate.STILL_WORKING_ON ? "STILL_WORKING_ON" : "QUICK_UPDATE") + "]";
    }
}
