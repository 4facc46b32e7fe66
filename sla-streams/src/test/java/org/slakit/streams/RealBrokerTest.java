package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.core.BreachingSoon;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;

/**
 * Against a real broker (in-process KRaft, one combined node): two application instances share the
 * four partitions of the event topic; the demo's event log is produced in two halves, and between
 * them one instance stops, so the other restores its tasks from the changelogs and goes on. The
 * transitions read back (read_committed) are exactly those the replay derives, none twice.
 */
class RealBrokerTest {

    private static final int PARTITIONS = 4;

    @TempDir
    Path tmp;

    @Test
    void twoInstances_andOneStopping_emitWhatTheReplayDerives() throws Exception {
        DemoLog demo = DemoLog.shipped();
        Instant end = demo.lastEventAt().plus(Duration.ofDays(2));
        SlaTopology sla = SlaTopology.builder(demo.policy).punctuationInterval(Duration.ofSeconds(1)).build();
        try (KafkaClusterTestKit cluster = InProcessBroker.start()) {
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(new NewTopic(sla.inputTopic(), PARTITIONS, (short) 1),
                        new NewTopic(sla.transitionsTopic(), 1, (short) 1),
                        new NewTopic(sla.deadLetterTopic(), 1, (short) 1))).all().get();
            }
            KafkaStreams a = new KafkaStreams(sla.topology(), streamsConfig(bootstrap, "a"));
            KafkaStreams b = new KafkaStreams(sla.topology(), streamsConfig(bootstrap, "b"));
            List<SlaTransition> transitions = new ArrayList<>();
            List<String> dead = new ArrayList<>();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrap));
                    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(bootstrap))) {
                consumer.subscribe(List.of(sla.transitionsTopic(), sla.deadLetterTopic()));
                a.start();
                b.start();
                awaitRunning(a, b);
                int half = demo.feed.size() / 2;
                for (CaseEvent e : demo.feed.subList(0, half)) {
                    send(producer, sla, e, null);
                }
                producer.flush();
                // some transitions of the first half are out before one instance stops
                poll(consumer, sla, transitions, dead, () -> transitions.size() >= 100);
                b.close(Duration.ofSeconds(30));
                awaitRunning(a);
                for (CaseEvent e : demo.feed.subList(half, demo.feed.size())) {
                    send(producer, sla, e, null);
                }
                for (int p = 0; p < PARTITIONS; p++) { // moves every partition's event time to the end
                    send(producer, sla, CaseEvent.created("zz-end-" + p, end, Channel.EMAIL, Priority.LOW), p);
                }
                producer.flush();
                List<SlaTransition> expected = ReferenceTransitions.of(demo.histories, demo.policy, end);
                poll(consumer, sla, transitions, dead, () -> transitions.size() >= expected.size());
                List<SlaTransition> sorted = new ArrayList<>(transitions);
                sorted.sort(ReferenceTransitions.ORDER);
                assertThat(dead).isEmpty();
                assertThat(sorted).containsExactlyElementsOf(expected);

                // the breaching-soon view, from the one instance left: equal to the view over all cases
                BreachingSoon view = BreachingSoon.of(demo.policy).withHorizon(Duration.ofHours(4)).withLimit(10);
                BreachingSoonPage page = BreachingSoonPage.merge(List.of(sla.localBreachingSoon(a, view, end)));
                List<SupportCase> all = new ArrayList<>();
                demo.histories.forEach(h -> all.add(h.snapshotAt(end)));
                for (int p = 0; p < PARTITIONS; p++) {
                    all.add(SupportCase.builder("zz-end-" + p, end).channel(Channel.EMAIL).priority(Priority.LOW).build());
                }
                assertThat(page).isEqualTo(BreachingSoonPage.of(view.select(all, end), view.limit()));
                assertThat(page.entries()).hasSize(10);
            } finally {
                a.close(Duration.ofSeconds(30));
                b.close(Duration.ofSeconds(30));
            }
        }
    }

    private static void send(KafkaProducer<String, String> producer, SlaTopology sla, CaseEvent e, Integer partition) {
        producer.send(new ProducerRecord<>(sla.inputTopic(), partition, e.at().toEpochMilli(), e.caseId(),
                SlaJson.writeEvent(e)));
    }

    private static void poll(KafkaConsumer<String, String> consumer, SlaTopology sla, List<SlaTransition> transitions,
            List<String> dead, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.topic().equals(sla.transitionsTopic())) {
                    transitions.add(SlaJson.readTransition(r.value()));
                } else {
                    dead.add(r.value());
                }
            }
        }
        // and whatever else is there: nothing may come twice
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
            if (r.topic().equals(sla.transitionsTopic())) {
                transitions.add(SlaJson.readTransition(r.value()));
            } else {
                dead.add(r.value());
            }
        }
    }

    private static void awaitRunning(KafkaStreams... instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (KafkaStreams s : instances) {
            while (s.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(s.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private Properties streamsConfig(String bootstrap, String name) throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "slakit-broker-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(tmp.resolve(name)).toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        return p;
    }

    private static Map<String, Object> producerConfig(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all");
    }

    private static Map<String, Object> consumerConfig(String bootstrap) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "slakit-broker-test-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }
}
