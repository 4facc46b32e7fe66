/**
 * Importing case histories from CSV event logs, as helpdesks and ITSM tools export them.
 *
 * <ul>
 *   <li>{@link org.slakit.examples.imports.EventLogMapping}: which column is what, how timestamps
 *       are written, and what each raw activity, status, priority and channel value means; read
 *       from a small {@code key = value} text.</li>
 *   <li>{@link org.slakit.examples.imports.EventLogImport}: reads a log (and optionally a case
 *       attributes file) into {@link org.slakit.core.history.CaseHistory case histories} and an
 *       {@link org.slakit.examples.imports.ImportReport} that accounts for every row.</li>
 *   <li>{@link org.slakit.examples.imports.ErrorBudget}: how many rejected rows are tolerated.</li>
 *   <li>{@link org.slakit.examples.imports.ImportMain}: the import from the command line;
 *       {@code bpic2014.mapping} maps the BPI Challenge 2014 incident log.</li>
 * </ul>
 *
 * <p>CSV is parsed with Apache Commons CSV, which is why the import lives in the examples and not
 * in the dependency-free {@code sla-core}.
 *
 * <h2>Null policy</h2>
 * Passing {@code null} to any method of this package throws {@link java.lang.NullPointerException}
 * at once.
 */
package org.slakit.examples.imports;
