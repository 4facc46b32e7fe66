/**
 * Importing case histories from CSV event logs, as helpdesks and ITSM tools export them.
 *
 * <ul>
 *   <li>{@link org.slakit.imports.EventLogMapping}: which column is what, how timestamps
 *       are written, and what each raw activity, status, priority and channel value means; read
 *       from a small {@code key = value} text.</li>
 *   <li>{@link org.slakit.imports.EventLogImport}: reads a log (and optionally a case
 *       attributes file) into {@link org.slakit.core.history.CaseHistory case histories} and an
 *       {@link org.slakit.imports.ImportReport} that accounts for every row.</li>
 *   <li>{@link org.slakit.imports.ErrorBudget}: how many rejected rows are tolerated.</li>
 *   <li>{@link org.slakit.imports.EventLogMapping#shipped(String)}: the mappings that ship with
 *       slakit, for the public BPI Challenge 2014 and 2013 incident logs.</li>
 * </ul>
 *
 * <p>CSV is parsed with Apache Commons CSV, which is why the import is a module of its own and not
 * part of the dependency-light {@code sla-core}. Progress of long imports is logged through SLF4J
 * (logger {@code org.slakit.imports}, level INFO); the library binds no logging backend.
 *
 * <h2>Null policy</h2>
 * Passing {@code null} to any method of this package throws {@link java.lang.NullPointerException}
 * at once.
 */
package org.slakit.imports;
