package org.slakit.core.order;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.slakit.core.Channel;
import org.slakit.core.Priority;

/**
 * Generators for waiting items and response orders, and a slow reference comparator.
 *
 * <p>Values come from small pools so that equal fields, equal items and ties are common.
 */
final class OrderGen {

    static final Instant BASE = Instant.parse("2026-12-23T08:00:00Z");

    static final List<Channel> STANDARD_CHANNELS =
            List.of(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL, Channel.EMAIL);
    static final List<Channel> ALL_CHANNELS = List.of(Channel.CALL, Channel.CHAT, Channel.VOICEMAIL,
            Channel.EMAIL, Channel.of("sms"), Channel.of("social"));

    private static final List<String> IDS = List.of("a", "b", "c-1", "c-10", "c-2", "A", "c-1 ");

    private OrderGen() {
    }

    /** Instants near BASE: ten-minute steps, sometimes with odd seconds or nanos. */
    static Gen<Instant> instants() {
        Gen<Instant> coarse = integers().between(0, 6).map(k -> BASE.plusSeconds(600L * k));
        Gen<Instant> fine = integers().between(0, 3).zip(integers().between(0, 2),
                (k, n) -> BASE.plusSeconds(600L * k + n).plusNanos(n == 2 ? 1 : 0));
        Gen<Instant> farApart = integers().between(-400, 400).map(d -> BASE.plusSeconds(86_400L * d + 37));
        return Generate.frequency(
                Pair.of(6, coarse),
                Pair.of(2, fine),
                Pair.of(1, farApart));
    }

    static Gen<WaitingItem> items(List<Channel> channels) {
        return items(channels, List.of(Priority.values()));
    }

    static Gen<WaitingItem> items(List<Channel> channels, List<Priority> priorities) {
        Gen<String> ids = Generate.pick(IDS);
        Gen<Channel> channel = Generate.pick(channels);
        Gen<Priority> priority = Generate.pick(priorities);
        Gen<Instant> due = instants().toOptionals(30).map(o -> o.orElse(null));
        return ids.zip(channel, priority, instants(), due, (id, c, p, since, d) -> {
            WaitingItem item = WaitingItem.of(id, c, p, since);
            return d == null ? item : item.withSlaDue(d);
        });
    }

    /** Items on the four standard channels. */
    static Gen<WaitingItem> items() {
        return items(STANDARD_CHANNELS);
    }

    /**
     * An item with each field taken from {@code a} or from {@code b} as the bits of {@code mask}
     * say: bit 0 id, 1 channel, 2 priority, 3 waiting since, 4 due (bit set = from {@code b}).
     */
    static WaitingItem mix(WaitingItem a, WaitingItem b, int mask) {
        WaitingItem item = WaitingItem.of(
                ((mask & 1) != 0 ? b : a).id(),
                ((mask & 2) != 0 ? b : a).channel(),
                ((mask & 4) != 0 ? b : a).priority(),
                ((mask & 8) != 0 ? b : a).waitingSince());
        WaitingItem dueFrom = (mask & 16) != 0 ? b : a;
        return dueFrom.slaDue().map(item::withSlaDue).orElse(item);
    }

    /** Three items that differ from each other in a few fields only, so ties are common. */
    static Gen<List<WaitingItem>> closeTriples(List<Channel> channels) {
        Gen<WaitingItem> items = items(channels);
        return items.zip(items, items, integers().between(0, 1023), (a, b, c, masks) -> List.of(
                a, mix(a, b, masks & 31), mix(a, c, masks >>> 5)));
    }

    /** Two items, either independent or the second a copy of the first with some fields changed. */
    static Gen<List<WaitingItem>> pairs(List<Channel> channels) {
        Gen<WaitingItem> items = items(channels);
        return items.zip(items, integers().between(0, 40), (a, b, mask) -> mask >= 32
                ? List.of(a, b)
                : List.of(a, mix(a, b, mask)));
    }

    /**
     * Response orders over all six channels of {@link #ALL_CHANNELS}: a random ranking, random
     * live/queued kinds, and random urgency classes (each priority in no class or in one of up to
     * four).
     */
    static Gen<ResponseOrder> orders() {
        Gen<List<Integer>> sortKeys = lists().of(integers().between(0, 1000)).ofSize(ALL_CHANNELS.size());
        Gen<Integer> kinds = integers().between(0, (1 << ALL_CHANNELS.size()) - 1);
        Gen<Integer> classes = integers().between(0, 5 * 5 * 5 * 5 - 1);
        Gen<ResponseOrder> random = sortKeys.zip(kinds, classes, (keys, kindBits, classCode) -> {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < ALL_CHANNELS.size(); i++) {
                positions.add(i);
            }
            positions.sort(Comparator.comparing((Integer i) -> keys.get(i)).thenComparing(i -> i));
            ResponseOrder.Builder builder = ResponseOrder.builder();
            for (int i : positions) {
                if ((kindBits & (1 << i)) != 0) {
                    builder.live(ALL_CHANNELS.get(i));
                } else {
                    builder.queued(ALL_CHANNELS.get(i));
                }
            }
            // digit k (base 5) of classCode: 0 = no class, 1..4 = class number for priority k
            int[] classOf = new int[4];
            int code = classCode;
            for (int k = 0; k < 4; k++) {
                classOf[k] = code % 5;
                code /= 5;
            }
            for (int c = 1; c <= 4; c++) {
                List<Priority> members = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    if (classOf[k] == c) {
                        members.add(Priority.values()[k]);
                    }
                }
                if (!members.isEmpty()) {
                    builder.urgencyClass(members.toArray(new Priority[0]));
                }
            }
            return builder.build();
        });
        ResponseOrder standardPlus = ResponseOrder.builder()
                .live(Channel.CALL, Channel.CHAT)
                .queued(Channel.VOICEMAIL, Channel.EMAIL, Channel.of("sms"), Channel.of("social"))
                .urgencyClass(Priority.EMERGENCY, Priority.URGENT)
                .build();
        return Generate.frequency(
                Pair.of(4, random),
                Pair.of(1, Generate.constant(standardPlus)));
    }

    /**
     * The slow, obviously correct reference: each item becomes a list of sort keys, compared
     * left to right. Built from the order's public description only.
     */
    static Comparator<WaitingItem> reference(ResponseOrder order) {
        return (a, b) -> compareKeys(keys(order, a), keys(order, b));
    }

    /** The items sorted by {@link #reference}, computing each item's keys once. */
    static List<WaitingItem> sortedByReference(ResponseOrder order, List<WaitingItem> items) {
        List<Map.Entry<List<Comparable<?>>, WaitingItem>> decorated = new ArrayList<>();
        for (WaitingItem item : items) {
            decorated.add(Map.entry(keys(order, item), item));
        }
        decorated.sort((x, y) -> compareKeys(x.getKey(), y.getKey()));
        List<WaitingItem> sorted = new ArrayList<>();
        for (Map.Entry<List<Comparable<?>>, WaitingItem> e : decorated) {
            sorted.add(e.getValue());
        }
        return sorted;
    }

    private static List<Comparable<?>> keys(ResponseOrder order, WaitingItem item) {
        List<Comparable<?>> keys = new ArrayList<>();
        int rank = order.channels().indexOf(item.channel());
        if (rank < 0) {
            throw new AssertionError("test generated an unknown channel: " + item);
        }
        keys.add(rank);
        if (order.isLive(item.channel())) {
            int urgency = order.urgencyClasses().size();
            List<Set<Priority>> classes = order.urgencyClasses();
            for (int c = classes.size() - 1; c >= 0; c--) {
                if (classes.get(c).contains(item.priority())) {
                    urgency = c;
                }
            }
            keys.add(urgency);
        } else {
            keys.add(dueKey(item));
        }
        keys.add(item.waitingSince());
        keys.add(item.id());
        keys.add(item.priority().ordinal());
        keys.add(dueKey(item));
        return keys;
    }

    /** A due instant as a string that sorts like the instant; absent sorts after every instant. */
    private static String dueKey(WaitingItem item) {
        return item.slaDue()
                .map(d -> String.format("0%020d%09d", d.getEpochSecond() + 50_000_000_000L, d.getNano()))
                .orElse("1");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Comparable<?>> x, List<Comparable<?>> y) {
        for (int i = 0; i < x.size(); i++) {
            int c = ((Comparable) x.get(i)).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
