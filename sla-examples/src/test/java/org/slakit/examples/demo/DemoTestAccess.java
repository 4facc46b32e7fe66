package org.slakit.examples.demo;

import java.io.PrintWriter;

/** Lets tests in other packages run the demo at its default instant. */
public final class DemoTestAccess {

    private DemoTestAccess() {
    }

    /**
     * Runs the demo at {@link DemoData#NOW}.
     *
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        Demo.run(out, DemoData.NOW);
        out.flush();
    }
}
