/**
 * Support SLA policies evaluated per case status, the "breaching soon" view, and who to answer
 * first.
 */
module org.slakit.core {
    requires transitive org.slakit.calendar;
    requires org.slf4j;

    exports org.slakit.core;
    exports org.slakit.core.history;
    exports org.slakit.core.message;
    exports org.slakit.core.metrics;
    exports org.slakit.core.order;
}
