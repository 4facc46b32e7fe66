/**
 * Case histories: the events of a case in time order, replayed through an SLA policy into
 * one record per clock cycle, the raw material of the metrics management tracks.
 */
package org.slakit.core.history;
