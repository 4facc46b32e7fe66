package org.slakit.streams;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** The in-process KRaft node of the real-broker tests ({@code kafka-test-common-runtime}): one combined node. */
final class InProcessBroker {

    private InProcessBroker() {
    }

    /**
     * Formats and starts one combined broker and controller node, ready for clients.
     *
     * <p>The tests' records carry the events' instants (the demo's log: September to November 2026) as
     * their timestamps: with the default retention (7 days by record timestamp) the broker's retention
     * check (first 30 s after start) deletes them all, the active segment too, and a consumer out of range
     * resets to the new log start, the end, with no error. So logs are kept for good, and the check runs
     * every second from the start: a retention that deletes them fails a test at once, not by timing.
     *
     * @return the running cluster; the caller closes it
     * @throws Exception if it does not start
     */
    static KafkaClusterTestKit start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.retention.ms", "-1")
                .setConfigProp("log.initial.task.delay.ms", "0")
                .setConfigProp("log.retention.check.interval.ms", "1000")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }
}
