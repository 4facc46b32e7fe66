package org.slakit.streams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slakit.core.BreachingSoon;
import org.slakit.core.history.CaseEvent;

/**
 * Runs the demo's event log through the sla-streams topology and prints the transitions and the
 * breaching-soon view at the demo's "now" (Tue 2026-11-24 10:30 Berlin).
 *
 * <p>Without arguments it needs no broker: the topology runs in a {@code TopologyTestDriver}, in
 * wall-clock mode, the driver's clock following the events and finally set to "now", so every
 * timer before "now" has fired. With {@code --bootstrap-servers host:port} it runs against a real
 * cluster: creates the topics if missing (4 partitions), starts the application
 * ({@code exactly_once_v2}, one stream thread), produces the log in time order, reads the
 * transitions back until the topic is quiet and queries the breaching-soon view of this instance.
 * {@code --all} prints every transition instead of the last 25.
 */
public final class DemoOnKafkaStreams {

    static final Instant NOW = ZonedDateTime.parse("2026-11-24T10:30:00+01:00[Europe/Berlin]").toInstant();

    private DemoOnKafkaStreams() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = null;
        boolean all = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--bootstrap-servers") && i + 1 < args.length) {
                bootstrap = args[++i];
            } else if (args[i].equals("--all")) {
                all = true;
            } else {
                System.err.println("Unknown argument '" + args[i] + "': expected --bootstrap-servers host:port or --all");
                System.exit(2);
            }
        }
        DemoLog demo = DemoLog.shipped();
        List<CaseEvent> feed = demo.feed.stream().filter(e -> !e.at().isAfter(NOW)).toList();
        BreachingSoon view = BreachingSoon.of(demo.policy).withHorizon(Duration.ofHours(2)).withLimit(15);
        // the update cadence's view, then each duration clock's
        List<BreachingSoon> views = new ArrayList<>(List.of(view));
        demo.policy.clocks().forEach(c -> views.add(view.forClock(c.name())));
        List<SlaTransition> transitions;
        List<BreachingSoonPage> pages = new ArrayList<>();
        if (bootstrap == null) {
            SlaTopology sla = SlaTopology.builder(demo.policy).inMemoryStores(true)
                    .timeMode(SlaTopology.TimeMode.WALL_CLOCK_TIME).punctuationInterval(Duration.ofMinutes(1)).build();
            Instant clock = feed.get(0).at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            try (Harness h = new Harness(sla, clock)) {
                for (CaseEvent e : feed) {
                    Instant t = e.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                    h.wallClockTo(t, clock);
                    clock = t.isAfter(clock) ? t : clock;
                    h.send(e);
                }
                h.wallClockTo(NOW, clock);
                transitions = h.transitions();
                if (!h.deadLetters().isEmpty()) {
                    h.deadLetters().forEach(d -> System.out.println("dead letter: " + d));
                }
                views.forEach(v -> pages.add(sla.breachingSoon(h.cases(), v, NOW)));
            }
            System.out.println("sla-streams on the demo's event log (" + feed.size() + " events, "
                    + demo.histories.size() + " cases), TopologyTestDriver, no broker");
        } else {
            SlaTopology sla = SlaTopology.builder(demo.policy).build();
            transitions = new ArrayList<>();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                Set<String> existing = admin.listTopics().names().get();
                List<NewTopic> topics = new ArrayList<>();
                for (String t : List.of(sla.inputTopic(), sla.transitionsTopic(), sla.deadLetterTopic())) {
                    if (!existing.contains(t)) {
                        // the records carry the demo's event instants as timestamps, older than a
                        // broker's default retention (7 days): kept, or the broker deletes them unread
                        topics.add(new NewTopic(t, t.equals(sla.inputTopic()) ? 4 : 1, (short) 1)
                                .configs(Map.of("retention.ms", "-1")));
                    }
                }
                admin.createTopics(topics).all().get();
            }
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "slakit-demo");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("slakit-demo").toString());
            try (KafkaStreams streams = new KafkaStreams(sla.topology(), p);
                    KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
                    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                            ConsumerConfig.GROUP_ID_CONFIG, "slakit-demo-reader-" + System.nanoTime(),
                            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
                streams.start();
                for (CaseEvent e : feed) {
                    producer.send(new ProducerRecord<>(sla.inputTopic(), null, e.at().toEpochMilli(), e.caseId(),
                            SlaJson.writeEvent(e)));
                }
                producer.flush();
                consumer.subscribe(List.of(sla.transitionsTopic()));
                long quietSince = System.nanoTime();
                while (System.nanoTime() - quietSince < Duration.ofSeconds(10).toNanos()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        transitions.add(SlaJson.readTransition(r.value()));
                        quietSince = System.nanoTime();
                    }
                }
                views.forEach(v -> pages.add(sla.localBreachingSoon(streams, v, NOW)));
                streams.close(Duration.ofSeconds(30));
            }
            System.out.println("sla-streams on the demo's event log (" + feed.size() + " events), cluster "
                    + bootstrap + " (transitions up to the task's event time, the last event)");
        }
        Map<String, Map<TransitionKind, Integer>> counts = new java.util.TreeMap<>();
        transitions.forEach(t -> counts.computeIfAbsent(t.clock(), k -> new EnumMap<>(TransitionKind.class))
                .merge(t.kind(), 1, Integer::sum));
        System.out.println(transitions.size() + " transitions by clock: " + counts);
        List<SlaTransition> shown = all ? transitions : transitions.subList(Math.max(0, transitions.size() - 25),
                transitions.size());
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        if (!all) {
            System.out.println("the last " + shown.size() + " (--all for every one), Berlin time:");
        }
        for (SlaTransition t : shown) {
            System.out.printf("  %s  %-9s %-7s %-10s %-20s due %s  %s%n", t.at().atZone(berlin).toLocalDateTime(),
                    t.kind().text(), t.caseId(), t.clock(), t.rule(),
                    t.due().map(d -> d.atZone(berlin).toLocalDateTime().toString()).orElse("(paused)"),
                    t.assignee().orElse("-"));
        }
        for (BreachingSoonPage page : pages) {
            System.out.println();
            System.out.println(page);
        }
    }
}
