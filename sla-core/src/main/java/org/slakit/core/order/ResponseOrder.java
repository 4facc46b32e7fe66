package org.slakit.core.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.internal.BoundedSelection;

/**
 * The order in which support answers waiting items: who to answer first.
 *
 * <p>{@link #standard()} is the standard operating procedure:
 * <ol>
 *   <li><b>Channel first</b>: incoming call, then chat, then voicemail, then case email. Any call
 *       comes before any chat, whatever their priorities and waiting times.</li>
 *   <li>Within calls and chats (<em>live</em> channels): emergencies and urgent issues before
 *       everything else, then whoever has waited longest (the earliest
 *       {@link WaitingItem#waitingSince()} first). Emergency and urgent form one class: an urgent
 *       chat that has waited longer goes before a newer emergency chat. Normal and low form the
 *       rest, also ordered by waiting time alone.</li>
 *   <li>Within voicemails and emails (<em>queued</em> channels): the earliest
 *       {@link WaitingItem#slaDue() SLA due instant} first, and items without a due instant after
 *       all items with one; then whoever has waited longest. The priority counts here only through
 *       the due instant that the SLA policy computed from it.</li>
 *   <li>A final tie-break makes the order total and consistent with {@code equals}: the id
 *       (lexicographic, {@link String#compareTo}), then the priority (most urgent first), then the
 *       due instant (earlier first, absent last). {@code compare(a, b) == 0} exactly when
 *       {@code a.equals(b)}.</li>
 * </ol>
 *
 * <p>A {@link #builder()} configures another order: the channels and their ranking (a team may
 * add SMS or social messages, or rank chat above calls), which channels are live and which are
 * queued, and the urgency classes, the priorities that jump the queue in live channels.
 *
 * <p>An item on a channel that the order does not list is an error: {@link #compare},
 * {@link #explain} and {@link #next} throw an {@link IllegalArgumentException} naming the item, its
 * channel and the channels the order knows. There is no silent fallback rank.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResponseOrder implements Comparator<WaitingItem> {

    private static final ResponseOrder STANDARD = builder()
            .live(Channel.CALL, Channel.CHAT)
            .queued(Channel.VOICEMAIL, Channel.EMAIL)
            .urgencyClass(Priority.EMERGENCY, Priority.URGENT)
            .build();

    private final List<Channel> channels;
    private final boolean[] live; // by rank
    private final Map<Channel, Integer> ranks;
    private final List<Set<Priority>> urgencyClasses;
    private final int[] urgencyRank; // by priority ordinal; urgencyClasses.size() for all others

    private ResponseOrder(List<Channel> channels, boolean[] live, List<Set<Priority>> urgencyClasses) {
        this.channels = channels;
        this.live = live;
        this.urgencyClasses = urgencyClasses;
        Map<Channel, Integer> r = new HashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            r.put(channels.get(i), i);
        }
        this.ranks = r;
        this.urgencyRank = new int[Priority.values().length];
        Arrays.fill(urgencyRank, urgencyClasses.size());
        for (int c = 0; c < urgencyClasses.size(); c++) {
            for (Priority p : urgencyClasses.get(c)) {
                urgencyRank[p.ordinal()] = c;
            }
        }
    }

    /**
     * The standard order: call, chat (live, with emergency and urgent as one urgency class),
     * voicemail, email (queued).
     *
     * <p>Equivalent to
     * <pre>{@code
     * ResponseOrder.builder()
     *         .live(Channel.CALL, Channel.CHAT)
     *         .queued(Channel.VOICEMAIL, Channel.EMAIL)
     *         .urgencyClass(Priority.EMERGENCY, Priority.URGENT)
     *         .build()
     * }</pre>
     *
     * @return the standard order
     */
    public static ResponseOrder standard() {
        return STANDARD;
    }

    /**
     * Starts an empty configuration: no channels, no urgency classes.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the channels this order knows, first-served first; unmodifiable */
    public List<Channel> channels() {
        return channels;
    }

    /**
     * Tells whether a channel is live (urgency classes, then waiting time) or queued (SLA due
     * instant, then waiting time).
     *
     * @param channel one of {@link #channels()}
     * @return true if live, false if queued
     * @throws IllegalArgumentException if the order does not know the channel
     */
    public boolean isLive(Channel channel) {
        Objects.requireNonNull(channel, "channel");
        Integer rank = ranks.get(channel);
        if (rank == null) {
            throw new IllegalArgumentException("Channel " + channel
                    + " is not in this response order: known channels are " + knownChannels());
        }
        return live[rank];
    }

    /**
     * The urgency classes, most urgent first. In a live channel, the priorities of a class go before
     * those of every later class and before every priority in no class; within a class, and among
     * the priorities in no class, the longest wait goes first.
     *
     * @return the classes, possibly empty; unmodifiable
     */
    public List<Set<Priority>> urgencyClasses() {
        return urgencyClasses;
    }

    /**
     * Compares two items: negative if {@code a} is to be answered before {@code b}.
     *
     * @param a an item on a channel this order knows
     * @param b an item on a channel this order knows
     * @return negative, zero or positive as {@code a} comes before, is equal to, or comes after
     *         {@code b}; zero exactly when {@code a.equals(b)}
     * @throws IllegalArgumentException if either item's channel is not in this order, naming the
     *         item, its channel and the known channels
     */
    @Override
    public int compare(WaitingItem a, WaitingItem b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return compareRanked(rank(a), a, rank(b), b);
    }

    /**
     * One sentence on why one of two items comes first, with times in UTC, such as
     * {@code "chat c-3 before chat c-4: both normal, c-3 has waited since 09:12, longer than c-4
     * (since 09:30)"}.
     *
     * <p>Equivalent to {@code explain(a, b, ZoneOffset.UTC)}.
     *
     * @param a an item on a channel this order knows
     * @param b an item on a channel this order knows
     * @return the sentence, starting with the item that comes first
     * @throws IllegalArgumentException if either item's channel is not in this order
     */
    public String explain(WaitingItem a, WaitingItem b) {
        return explain(a, b, ZoneOffset.UTC);
    }

    /**
     * One sentence on why one of two items comes first, with times written as wall-clock times in
     * the given zone.
     *
     * <p>The sentence starts with the item that {@link #compare} puts first, written as its channel
     * and id ({@code "call c-1 before chat c-2: "}), followed by the rule that decided:
     * <ul>
     *   <li>different channels: {@code "calls come before chats"};</li>
     *   <li>a live channel, different urgency classes:
     *       {@code "c-5 is emergency, which goes before normal on live channels"};</li>
     *   <li>a queued channel, different due instants:
     *       {@code "e-1 is due at 10:00, before e-2 (due 11:30)"} or
     *       {@code "e-1 is due at 10:00 and e-2 has no SLA due instant"};</li>
     *   <li>otherwise the waiting time:
     *       {@code "both normal, c-3 has waited since 09:12, longer than c-4 (since 09:30)"};</li>
     *   <li>and last the tie-break: {@code "..., both waiting since 09:12; c-1 comes before c-2 by id"}.</li>
     * </ul>
     * Times show hours and minutes, with seconds and fractions only when needed to tell them
     * apart, and the date only when the two times fall on different dates in the zone. Equal items
     * give {@code "chat c-1 and chat c-1 are equal: neither comes first"}.
     *
     * @param a an item on a channel this order knows
     * @param b an item on a channel this order knows
     * @param zone the zone in which to write times
     * @return the sentence
     * @throws IllegalArgumentException if either item's channel is not in this order
     */
    public String explain(WaitingItem a, WaitingItem b, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        int c = compare(a, b);
        if (c == 0) {
            return label(a) + " and " + label(b) + " are equal: neither comes first";
        }
        WaitingItem first = c < 0 ? a : b;
        WaitingItem second = c < 0 ? b : a;
        return label(first) + " before " + label(second) + ": " + reason(first, second, zone);
    }

    /**
     * The next {@code n} items to answer, in this order, from any number of items, without sorting
     * all of them: a bounded heap keeps the best {@code n} seen so far, in {@code O(N log n)} time
     * and {@code O(n)} extra space for {@code N} items.
     *
     * <p>The result equals the first {@code n} elements of the items sorted by this order (all of
     * them when there are fewer than {@code n}); equal items appear as often as they occur. Every
     * item is checked, even when {@code n} is zero.
     *
     * @param n how many items to return, zero or more
     * @param items the waiting items, iterated once
     * @return the first {@code min(n, N)} items in this order; unmodifiable
     * @throws IllegalArgumentException if {@code n} is negative, or an item's channel is not in
     *         this order
     * @throws NullPointerException if {@code items} or one of its elements is null
     */
    public List<WaitingItem> next(int n, Iterable<? extends WaitingItem> items) {
        Objects.requireNonNull(items, "items");
        BoundedSelection<WaitingItem> selection = new BoundedSelection<>(checkCount(n), this::compareRanked);
        for (WaitingItem item : items) {
            offer(selection, item);
        }
        return selection.sorted();
    }

    /**
     * The next {@code n} items to answer from a stream, as {@link #next(int, Iterable)} does. A
     * parallel stream is consumed in parallel, each thread keeping its own first items, merged at
     * the end; the answer equals the sequential one, since this order is consistent with equals.
     *
     * @param n how many items to return, zero or more
     * @param items the waiting items, sequential or parallel
     * @return the first {@code min(n, N)} items in this order; unmodifiable
     * @throws IllegalArgumentException if {@code n} is negative, or an item's channel is not in
     *         this order
     * @throws NullPointerException if {@code items} or one of its elements is null
     */
    public List<WaitingItem> next(int n, Stream<? extends WaitingItem> items) {
        Objects.requireNonNull(items, "items");
        int limit = checkCount(n);
        return items.collect(Collector.<WaitingItem, BoundedSelection<WaitingItem>, List<WaitingItem>>of(
                () -> new BoundedSelection<>(limit, this::compareRanked), this::offer, BoundedSelection::merge,
                BoundedSelection::sorted));
    }

    /** Offers an item with its channel's rank, which checks the channel of every item, even when the limit is 0. */
    private void offer(BoundedSelection<WaitingItem> selection, WaitingItem item) {
        Objects.requireNonNull(item, "item");
        selection.offer(item, rank(item));
    }

    private static int checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The number of items to return must be zero or more: " + n);
        }
        return n;
    }

    // ---------------------------------------------------------------- internals

    int rank(WaitingItem item) {
        Integer rank = ranks.get(item.channel());
        if (rank == null) {
            throw new IllegalArgumentException("Item " + item.id() + " is on channel " + item.channel()
                    + ", which this response order does not know: known channels are " + knownChannels());
        }
        return rank;
    }

    int compareRanked(int ra, WaitingItem a, int rb, WaitingItem b) {
        if (ra != rb) {
            return ra < rb ? -1 : 1;
        }
        int c;
        if (live[ra]) {
            c = Integer.compare(urgencyRank[a.priority().ordinal()], urgencyRank[b.priority().ordinal()]);
        } else {
            c = compareDue(a.slaDueOrNull(), b.slaDueOrNull());
        }
        if (c != 0) {
            return c;
        }
        c = a.waitingSince().compareTo(b.waitingSince());
        if (c != 0) {
            return c;
        }
        return tieBreak(a, b);
    }

    /** Earlier first; absent after present. */
    private static int compareDue(Instant x, Instant y) {
        if (x == null) {
            return y == null ? 0 : 1;
        }
        return y == null ? -1 : x.compareTo(y);
    }

    /** Id, then priority, then due instant; the channel and waiting instant are equal by now. */
    private static int tieBreak(WaitingItem a, WaitingItem b) {
        int c = a.id().compareTo(b.id());
        if (c != 0) {
            return c;
        }
        c = a.priority().compareTo(b.priority());
        if (c != 0) {
            return c;
        }
        return compareDue(a.slaDueOrNull(), b.slaDueOrNull());
    }

    private String knownChannels() {
        return channels.stream().map(Channel::name).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- explain

    private static String label(WaitingItem item) {
        return item.channel() + " " + item.id();
    }

    private static String name(Priority p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String plural(Channel channel) {
        String n = channel.name();
        return n.endsWith("s") ? n : n + "s";
    }

    private String reason(WaitingItem first, WaitingItem second, ZoneId zone) {
        int rank = rank(first);
        if (rank != rank(second)) {
            return plural(first.channel()) + " come before " + plural(second.channel());
        }
        String context;
        if (live[rank]) {
            Priority p = first.priority();
            Priority q = second.priority();
            if (urgencyRank[p.ordinal()] != urgencyRank[q.ordinal()]) {
                return first.id() + " is " + name(p) + ", which goes before " + name(q) + " on live channels";
            }
            context = p == q
                    ? "both " + name(p)
                    : name(p) + " and " + name(q) + " rank alike on live channels";
        } else {
            Instant x = first.slaDueOrNull();
            Instant y = second.slaDueOrNull();
            if (!Objects.equals(x, y)) {
                if (y == null) {
                    return first.id() + " is due at " + new Times(zone, x).format(x) + " and " + second.id()
                            + " has no SLA due instant";
                }
                Times t = new Times(zone, x, y);
                return first.id() + " is due at " + t.format(x) + ", before " + second.id()
                        + " (due " + t.format(y) + ")";
            }
            context = x == null ? "neither has an SLA due instant" : "both due at " + new Times(zone, x).format(x);
        }
        Instant u = first.waitingSince();
        Instant v = second.waitingSince();
        if (!u.equals(v)) {
            Times t = new Times(zone, u, v);
            return context + ", " + first.id() + " has waited since " + t.format(u) + ", longer than "
                    + second.id() + " (since " + t.format(v) + ")";
        }
        context = context + ", both waiting since " + new Times(zone, u).format(u);
        if (!first.id().equals(second.id())) {
            return context + "; " + first.id() + " comes before " + second.id() + " by id";
        }
        if (first.priority() != second.priority()) {
            return context + "; the same id, so the priority decides: " + name(first.priority())
                    + " before " + name(second.priority());
        }
        Instant x = first.slaDueOrNull();
        Instant y = second.slaDueOrNull();
        if (y == null) {
            return context + "; the same id, so the due instant decides: " + first.id() + " is due at "
                    + new Times(zone, x).format(x) + " and the other has no SLA due instant";
        }
        Times t = new Times(zone, x, y);
        return context + "; the same id, so the due instant decides: " + t.format(x) + " before " + t.format(y);
    }

    /** Writes instants as wall-clock times with just enough precision to tell them apart. */
    private static final class Times {
        private final ZoneId zone;
        private final DateTimeFormatter format;

        Times(ZoneId zone, Instant... instants) {
            this.zone = zone;
            boolean seconds = false;
            boolean fractions = false;
            boolean dates = false;
            LocalDateTime firstTime = LocalDateTime.ofInstant(instants[0], zone);
            for (Instant i : instants) {
                LocalDateTime t = LocalDateTime.ofInstant(i, zone);
                seconds |= t.getSecond() != 0;
                fractions |= t.getNano() != 0;
                dates |= !t.toLocalDate().equals(firstTime.toLocalDate());
            }
            String time = fractions ? "HH:mm:ss.SSSSSSSSS" : seconds ? "HH:mm:ss" : "HH:mm";
            this.format = DateTimeFormatter.ofPattern(dates ? "uuuu-MM-dd " + time : time, Locale.ROOT);
        }

        String format(Instant instant) {
            return format.format(LocalDateTime.ofInstant(instant, zone));
        }
    }

    // ---------------------------------------------------------------- value

    /** Equal when the channels, their kinds (live or queued) and the urgency classes are equal. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ResponseOrder)) {
            return false;
        }
        ResponseOrder other = (ResponseOrder) obj;
        return channels.equals(other.channels)
                && Arrays.equals(live, other.live)
                && urgencyClasses.equals(other.urgencyClasses);
    }

    @Override
    public int hashCode() {
        return (channels.hashCode() * 31 + Arrays.hashCode(live)) * 31 + urgencyClasses.hashCode();
    }

    /**
     * @return a description such as {@code ResponseOrder[call live, chat live, voicemail queued,
     *         email queued; urgency classes: emergency+urgent]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResponseOrder[");
        for (int i = 0; i < channels.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(channels.get(i)).append(live[i] ? " live" : " queued");
        }
        sb.append("; urgency classes: ");
        if (urgencyClasses.isEmpty()) {
            sb.append("none");
        }
        for (int c = 0; c < urgencyClasses.size(); c++) {
            sb.append(c == 0 ? "" : ", ").append(urgencyClasses.get(c).stream()
                    .map(ResponseOrder::name).collect(Collectors.joining("+")));
        }
        return sb.append(']').toString();
    }

    /**
     * Configures a {@link ResponseOrder}.
     *
     * <p>Channels are ranked in the order they are added, by {@link #live} and {@link #queued}
     * together: {@code live(CHAT).live(CALL).queued(EMAIL)} ranks chat above calls and both above
     * email. Urgency classes are ranked in the order they are added by {@link #urgencyClass}. Without
     * any urgency class, live channels are served by waiting time alone.
     *
     * <p>Conflicts are reported by {@link #build()}: a channel listed twice, a priority in two
     * urgency classes (or twice in one), or no channel at all.
     *
     * <p>A builder is mutable and not thread-safe; the order it builds is immutable.
     */
    public static final class Builder {

        private final List<Channel> channels = new ArrayList<>();
        private final List<Boolean> live = new ArrayList<>();
        private final List<List<Priority>> urgencyClasses = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds live channels, ranked after the channels added so far, in the given order. In a
         * live channel the urgency classes go first, then the longest wait.
         *
         * @param channels one or more channels
         * @return this builder
         * @throws IllegalArgumentException if no channel is given
         */
        public Builder live(Channel... channels) {
            return add(channels, true, "live");
        }

        /**
         * Adds queued channels, ranked after the channels added so far, in the given order. In a
         * queued channel the earliest SLA due instant goes first (items without one last), then the
         * longest wait.
         *
         * @param channels one or more channels
         * @return this builder
         * @throws IllegalArgumentException if no channel is given
         */
        public Builder queued(Channel... channels) {
            return add(channels, false, "queued");
        }

        private Builder add(Channel[] added, boolean isLive, String method) {
            Objects.requireNonNull(added, "channels");
            if (added.length == 0) {
                throw new IllegalArgumentException(method + "(...) needs at least one channel");
            }
            for (int i = 0; i < added.length; i++) {
                Objects.requireNonNull(added[i], "channels[" + i + "]");
            }
            for (Channel c : added) {
                channels.add(c);
                live.add(isLive);
            }
            return this;
        }

        /**
         * Adds an urgency class, ranked after the classes added so far: in live channels its
         * priorities go before those of every later class and before all priorities in no class.
         * The priorities within one class rank alike; the longest wait goes first among them.
         *
         * <p>The standard rule is one class, {@code urgencyClass(EMERGENCY, URGENT)}; emergency
         * strictly before urgent is {@code urgencyClass(EMERGENCY).urgencyClass(URGENT)}.
         *
         * @param priorities one or more priorities
         * @return this builder
         * @throws IllegalArgumentException if no priority is given
         */
        public Builder urgencyClass(Priority... priorities) {
            Objects.requireNonNull(priorities, "priorities");
            if (priorities.length == 0) {
                throw new IllegalArgumentException("urgencyClass(...) needs at least one priority");
            }
            for (int i = 0; i < priorities.length; i++) {
                Objects.requireNonNull(priorities[i], "priorities[" + i + "]");
            }
            urgencyClasses.add(List.of(priorities));
            return this;
        }

        /**
         * Builds the order.
         *
         * @return the order
         * @throws IllegalArgumentException if no channel was added ({@code "A response order needs
         *         at least one channel: add channels with live(...) or queued(...)"}), a channel was
         *         added twice ({@code "Channel chat is listed twice, at places 2 and 4: each
         *         channel has exactly one place in the order"}), or a priority is in two urgency
         *         classes ({@code "Priority urgent is in urgency classes 1 and 2: each priority
         *         belongs to at most one class"}) or twice in one ({@code "Priority urgent is listed
         *         twice in urgency class 1"})
         */
        public ResponseOrder build() {
            if (channels.isEmpty()) {
                throw new IllegalArgumentException(
                        "A response order needs at least one channel: add channels with live(...) or queued(...)");
            }
            Map<Channel, Integer> seen = new HashMap<>();
            for (int i = 0; i < channels.size(); i++) {
                Integer before = seen.putIfAbsent(channels.get(i), i);
                if (before != null) {
                    throw new IllegalArgumentException("Channel " + channels.get(i) + " is listed twice, at places "
                            + (before + 1) + " and " + (i + 1) + ": each channel has exactly one place in the order");
                }
            }
            Map<Priority, Integer> classOf = new HashMap<>();
            List<Set<Priority>> classes = new ArrayList<>();
            for (int c = 0; c < urgencyClasses.size(); c++) {
                Set<Priority> set = EnumSet.noneOf(Priority.class);
                for (Priority p : urgencyClasses.get(c)) {
                    Integer before = classOf.putIfAbsent(p, c);
                    if (before != null) {
                        throw new IllegalArgumentException(before == c
                                ? "Priority " + name(p) + " is listed twice in urgency class " + (c + 1)
                                : "Priority " + name(p) + " is in urgency classes " + (before + 1) + " and "
                                        + (c + 1) + ": each priority belongs to at most one class");
                    }
                    set.add(p);
                }
                classes.add(Collections.unmodifiableSet(set));
            }
            boolean[] kinds = new boolean[live.size()];
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = live.get(i);
            }
            return new ResponseOrder(List.copyOf(channels), kinds, List.copyOf(classes));
        }
    }
}
