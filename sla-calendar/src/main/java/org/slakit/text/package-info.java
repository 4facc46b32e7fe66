/**
 * What the line-based text formats of slakit (calendar text, policy text, mapping files) have in
 * common: {@link org.slakit.text.TextFormatException}, the base of each format's exception, with
 * the line number, the line and the problem.
 */
package org.slakit.text;
