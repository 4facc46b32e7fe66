package org.slakit.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.slakit.core.order.OrderGen.ALL_CHANNELS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.slakit.core.Channel;
import org.slakit.core.Priority;

/** The comparator contract and the seed's rules, over random items and random configurations. */
class ResponseOrderProperties {

    private static final ResponseOrder STANDARD = ResponseOrder.standard();

    // ---------------------------------------------------------------- the Comparator contract

    @Test
    void antisymmetric() {
        qt().forAll(OrderGen.orders(), OrderGen.pairs(ALL_CHANNELS)).checkAssert((order, pair) -> {
            WaitingItem a = pair.get(0);
            WaitingItem b = pair.get(1);
            assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
        });
    }

    @Test
    void transitive() {
        qt().forAll(OrderGen.orders(), OrderGen.closeTriples(ALL_CHANNELS)).checkAssert((order, triple) -> {
            for (List<WaitingItem> p : permutations(triple)) {
                if (order.compare(p.get(0), p.get(1)) <= 0 && order.compare(p.get(1), p.get(2)) <= 0) {
                    assertThat(order.compare(p.get(0), p.get(2))).as("%s", p).isLessThanOrEqualTo(0);
                }
                if (order.compare(p.get(0), p.get(1)) == 0) {
                    assertThat(Integer.signum(order.compare(p.get(0), p.get(2))))
                            .isEqualTo(Integer.signum(order.compare(p.get(1), p.get(2))));
                }
            }
        });
    }

    @Test
    void consistentWithEquals() {
        qt().forAll(OrderGen.orders(), OrderGen.pairs(ALL_CHANNELS)).checkAssert((order, pair) -> {
            WaitingItem a = pair.get(0);
            WaitingItem b = pair.get(1);
            assertThat(order.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            assertThat(order.compare(a, OrderGen.mix(a, b, 0))).isZero(); // a copy of a
        });
    }

    @Test
    void agreesWithReference() {
        qt().forAll(OrderGen.orders(), OrderGen.pairs(ALL_CHANNELS)).checkAssert((order, pair) -> {
            WaitingItem a = pair.get(0);
            WaitingItem b = pair.get(1);
            assertThat(Integer.signum(order.compare(a, b)))
                    .as("%s vs %s in %s", a, b, order)
                    .isEqualTo(Integer.signum(OrderGen.reference(order).compare(a, b)));
        });
    }

    // ---------------------------------------------------------------- the seed's rules, pairwise

    @Test
    void anyCallBeforeAnyChat() {
        qt().forAll(OrderGen.items(List.of(Channel.CALL)), OrderGen.items(List.of(Channel.CHAT)))
                .checkAssert((call, chat) -> assertThat(STANDARD.compare(call, chat)).isNegative());
    }

    @Test
    void channelsInTheSeedsOrder() {
        qt().forAll(OrderGen.items(), OrderGen.items()).checkAssert((a, b) -> {
            int ra = OrderGen.STANDARD_CHANNELS.indexOf(a.channel());
            int rb = OrderGen.STANDARD_CHANNELS.indexOf(b.channel());
            if (ra != rb) {
                assertThat(Integer.signum(STANDARD.compare(a, b))).isEqualTo(Integer.signum(ra - rb));
            }
        });
    }

    @Test
    void emergencyOrUrgentBeforeOlderNormalOrLowOnCallsAndChats() {
        Gen<WaitingItem> pressing = OrderGen.items(List.of(Channel.CALL, Channel.CHAT),
                List.of(Priority.EMERGENCY, Priority.URGENT));
        Gen<WaitingItem> calm = OrderGen.items(List.of(Channel.CALL, Channel.CHAT),
                List.of(Priority.NORMAL, Priority.LOW));
        qt().forAll(pressing, calm, integers().between(1, 100_000)).checkAssert((p, c, olderBy) -> {
            WaitingItem older = WaitingItem.of(c.id(), p.channel(), c.priority(),
                    p.waitingSince().minusSeconds(olderBy));
            assertThat(STANDARD.compare(p, older)).as("%s vs %s", p, older).isNegative();
            assertThat(STANDARD.compare(older, p)).isPositive();
        });
    }

    @Test
    void ofTwoCallsOrChatsOfTheSameUrgencyClassTheOlderFirst() {
        Gen<WaitingItem> live = OrderGen.items(List.of(Channel.CALL, Channel.CHAT));
        qt().forAll(live, live, integers().between(1, 100_000)).checkAssert((a, b, olderBy) -> {
            boolean pressing = a.priority().compareTo(Priority.URGENT) <= 0;
            Priority samePriorityClass = pressing
                    ? (b.priority().ordinal() % 2 == 0 ? Priority.EMERGENCY : Priority.URGENT)
                    : (b.priority().ordinal() % 2 == 0 ? Priority.NORMAL : Priority.LOW);
            WaitingItem older = WaitingItem.of(b.id(), a.channel(), samePriorityClass,
                    a.waitingSince().minusSeconds(olderBy));
            older = b.slaDue().map(older::withSlaDue).orElse(older);
            assertThat(STANDARD.compare(older, a)).as("%s vs %s", older, a).isNegative();
            assertThat(STANDARD.compare(a, older)).isPositive();
        });
    }

    @Test
    void ofTwoEmailsTheEarlierDueFirstThenTheOlder() {
        Gen<WaitingItem> mail = OrderGen.items(List.of(Channel.EMAIL));
        qt().forAll(mail, mail)
                .checkAssert((a, b) -> {
                    if (a.slaDue().equals(b.slaDue()) && a.waitingSince().equals(b.waitingSince())) {
                        return; // decided by the tie-break, checked elsewhere
                    }
                    int expected;
                    if (a.slaDue().isPresent() && b.slaDue().isPresent() && !a.slaDue().equals(b.slaDue())) {
                        expected = a.slaDue().get().isBefore(b.slaDue().get()) ? -1 : 1;
                    } else if (a.slaDue().isPresent() != b.slaDue().isPresent()) {
                        expected = a.slaDue().isPresent() ? -1 : 1;
                    } else {
                        expected = a.waitingSince().isBefore(b.waitingSince()) ? -1 : 1;
                    }
                    assertThat(Integer.signum(STANDARD.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
                });
    }

    // ---------------------------------------------------------------- explain and next

    @Test
    void explainNamesTheFirstItemFirstWhicheverWayItIsAsked() {
        qt().forAll(OrderGen.orders(), OrderGen.pairs(ALL_CHANNELS)).checkAssert((order, pair) -> {
            WaitingItem a = pair.get(0);
            WaitingItem b = pair.get(1);
            String sentence = order.explain(a, b);
            assertThat(sentence).isEqualTo(order.explain(b, a));
            WaitingItem first = order.compare(a, b) <= 0 ? a : b;
            WaitingItem second = first == a ? b : a;
            if (a.equals(b)) {
                assertThat(sentence).endsWith(" are equal: neither comes first");
            } else {
                assertThat(sentence).startsWith(first.channel() + " " + first.id() + " before "
                        + second.channel() + " " + second.id() + ": ");
            }
            assertThat(sentence).doesNotContain("\n").doesNotEndWith(".");
        });
    }

    @Test
    void nextIsTheHeadOfAFullSort() {
        Gen<List<WaitingItem>> lists = lists().of(OrderGen.items(ALL_CHANNELS)).ofSizeBetween(0, 300);
        qt().forAll(OrderGen.orders(), lists, integers().between(0, 40)).checkAssert((order, items, n) -> {
            List<WaitingItem> sorted = OrderGen.sortedByReference(order, items);
            List<WaitingItem> expected = sorted.subList(0, Math.min(n, sorted.size()));
            assertThat(order.next(n, items)).containsExactlyElementsOf(expected);
            assertThat(order.next(n, items.stream())).containsExactlyElementsOf(expected);
            assertThat(order.next(n, items.parallelStream())).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void sortingAgreesWithReferenceOnWholeLists() {
        Gen<List<WaitingItem>> lists = lists().of(OrderGen.items(ALL_CHANNELS)).ofSizeBetween(0, 60);
        qt().forAll(OrderGen.orders(), lists).checkAssert((order, items) -> {
            List<WaitingItem> expected = OrderGen.sortedByReference(order, items);
            assertThat(items.stream().sorted(order).collect(Collectors.toList())).isEqualTo(expected);
        });
    }

    private static List<List<WaitingItem>> permutations(List<WaitingItem> t) {
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<List<WaitingItem>> result = new ArrayList<>();
        for (int[] o : orders) {
            result.add(List.of(t.get(o[0]), t.get(o[1]), t.get(o[2])));
        }
        return result;
    }
}
