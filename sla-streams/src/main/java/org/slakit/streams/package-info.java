/**
 * SLA clocks for live cases on Kafka Streams: {@link org.slakit.streams.SlaTopology} reads case
 * events ({@link org.slakit.streams.SlaJson} describes the JSON), keeps per case its snapshot and open
 * clock cycle, fires timers from a store ordered by instant, and emits
 * {@link org.slakit.streams.SlaTransition}s and {@link org.slakit.streams.DeadLetter}s;
 * {@link org.slakit.streams.BreachingSoonPage} merges the breaching-soon view across instances.
 *
 * <p>Nulls are rejected with {@link java.lang.NullPointerException} naming the parameter. Public
 * types are immutable and thread-safe.
 */
package org.slakit.streams;
