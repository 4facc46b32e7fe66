package org.slakit.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.apicheck.fixture.Shape;

/** The baseline text of each kind of API element, and the diff printed when it changes. */
class ApiSurfaceTest {

    @Test
    void sealedInterfaceWithDefaultAndGenericStaticMethods() {
        assertEquals(List.of(
                "public sealed interface org.slakit.apicheck.fixture.Shape permits org.slakit.apicheck.fixture.Shape.Circle, org.slakit.apicheck.fixture.Shape.Square",
                "  abstract method double area()",
                "  default method java.lang.String describe()",
                "  static method <T extends java.lang.Comparable<? super T>> java.util.List<T> sorted(java.util.List<T>)"),
                ApiSurface.describe(Shape.class));
    }

    @Test
    void recordWithItsGeneratedMembers() {
        assertEquals(List.of(
                "public record org.slakit.apicheck.fixture.Shape.Circle implements org.slakit.apicheck.fixture.Shape",
                "  public constructor Circle(double)",
                "  public final method boolean equals(java.lang.Object)",
                "  public final method int hashCode()",
                "  public final method java.lang.String toString()",
                "  public method double area()",
                "  public method double radius()"),
                ApiSurface.describe(Shape.Circle.class));
    }

    @Test
    void classWithProtectedMembersVarargsThrowsAndAPackagePrivateBase() {
        assertEquals(List.of(
                "public static final class org.slakit.apicheck.fixture.Shape.Square implements java.lang.Runnable, org.slakit.apicheck.fixture.Shape",
                "  protected field java.util.Map<java.lang.String, java.util.List<java.lang.Integer>> cache",
                "  protected method void grow(double)",
                "  public constructor Square(int...) throws java.io.IOException",
                "  public method double area()",
                "  public method java.lang.String inherited()",
                "  public method void run()",
                "  public static final field int SIDES"),
                ApiSurface.describe(Shape.Square.class));
    }

    @Test
    void enumConstantsAndImplicitMethods() {
        assertEquals(List.of(
                "public enum org.slakit.apicheck.fixture.Shape.Unit",
                "  enum constant CM",
                "  enum constant INCH",
                "  public static method org.slakit.apicheck.fixture.Shape.Unit valueOf(java.lang.String)",
                "  public static method org.slakit.apicheck.fixture.Shape.Unit[] values()"),
                ApiSurface.describe(Shape.Unit.class));
    }

    @Test
    void diffNamesTheTypeOfEachChangedMember() {
        List<String> before = List.of("# header", "", "public final class a.A", "  public method int f()", "  public method int g()",
                "", "public final class a.B", "  public method int h()");
        List<String> after = List.of("# header", "", "public final class a.A", "  public method int f()", "  public method long g()",
                "", "public final class a.B", "  public method int h()", "  public method int i()", "", "public interface a.C");
        assertEquals(List.of(
                "  in public final class a.A",
                "  -   public method int g()",
                "  +   public method long g()",
                "  in public final class a.B",
                "  +   public method int i()",
                "  + ",
                "  + public interface a.C"),
                LineDiff.diff(before, after));
    }
}
