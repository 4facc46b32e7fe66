package org.slakit.imports;

/**
 * Why a row of an event log (or of its case attributes file) was not used. Each rejected row has
 * exactly one reason, the first check it failed. A log row is checked in this order: its field
 * count; its case id and event cells not empty; the event mapping (an {@code ignore}d event stops
 * here and is counted as ignored, whatever its other cells hold); its timestamp cell not empty and
 * readable; the status, priority, channel and creation details it needs; whether it repeats an
 * earlier row. Then, per case: a second creation, events before the creation, and a case with no
 * creation at all.
 */
public enum RejectReason {
    /** The row has another number of fields than the header (or fewer than a mapped column needs). */
    WRONG_FIELD_COUNT("wrong field count"),
    /** A cell the row needs is empty: the case id, the event, the timestamp, or a creation detail. */
    MISSING_VALUE("missing value"),
    /** The event (activity) value has no {@code event.} entry in the mapping. */
    UNKNOWN_EVENT("unknown event"),
    /** The timestamp cannot be read with the mapping's time format. */
    BAD_TIMESTAMP("bad timestamp"),
    /** A status value is neither mapped nor a status slakit knows. */
    UNKNOWN_STATUS("unknown status"),
    /** A priority value is neither mapped nor a priority slakit knows. */
    UNKNOWN_PRIORITY("unknown priority"),
    /** A channel value is neither mapped nor a valid channel name. */
    UNKNOWN_CHANNEL("unknown channel"),
    /** An agreed interval cannot be read as elapsed time ({@code 4 hours}, {@code PT4H}) or is not positive. */
    BAD_INTERVAL("bad interval"),
    /** A waiting-on cell is neither empty nor a team name ({@code SupportCase.isTeamName}). */
    BAD_TEAM("bad team"),
    /** The row is identical, field by field, to an earlier row of the same file. */
    DUPLICATE_ROW("duplicate row"),
    /** The case was already created by an earlier creation event. */
    DUPLICATE_CREATION("duplicate creation"),
    /** The event happened before the case's creation. */
    BEFORE_CREATION("before creation"),
    /** The case has no creation event and the mapping does not synthesize one. */
    NO_CREATION("no creation"),
    /** The case attributes file has a second row for the same case. */
    DUPLICATE_CASE("duplicate case");

    private final String text;

    RejectReason(String text) {
        this.text = text;
    }

    /** @return a short lower-case description, such as {@code bad timestamp} */
    public String text() {
        return text;
    }
}
