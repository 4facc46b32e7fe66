/** A downstream application on the module path. */
module org.slakit.consumer {
    requires org.slakit.core; // and, transitively, org.slakit.calendar
    // sla-holidays-jollyday needs no requires: on the module path it is bound as a provider of the
    // calendar's HolidaySource service
}
