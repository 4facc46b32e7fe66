/**
 * Importing case histories from CSV event logs and snapshot exports, as helpdesks and ITSM tools
 * export them: a column mapping, error budgets, and a report that accounts for every row.
 */
module org.slakit.imports {
    requires transitive org.slakit.core;
    requires org.apache.commons.csv;
    requires org.slf4j;

    exports org.slakit.imports;
}
