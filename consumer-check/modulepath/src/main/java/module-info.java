/** A downstream application on the module path. */
module org.slakit.consumer {
    requires org.slakit.core; // and, transitively, org.slakit.calendar
}
