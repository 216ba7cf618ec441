package org.sparsegnn.app.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets finished background work (chart images drawn off the FX thread) reach the screen on the event pump's
 * ticks instead of whenever it happens to finish. Every visible change costs the render thread a whole frame (on
 * the software pipeline ~15 ms for a laptop-sized window, and the FX thread waits for it), so changes that land
 * in the same tick share one frame. Without a running pump (unit tests, no window) work is applied at once.
 * FX thread only.
 */
public final class FrameGate {
    private static final List<Runnable> PENDING = new ArrayList<>();
    private static boolean pumping;

    private FrameGate() {
    }

    /** Applies {@code r} on the next pump tick (or now when no pump runs). */
    public static void atNextFrame(Runnable r) {
        if (!pumping) {
            r.run();
            return;
        }
        PENDING.add(r);
    }

    static void setPumping(boolean on) {
        pumping = on;
        if (!on) flush();
    }

    static void flush() {
        if (PENDING.isEmpty()) return;
        List<Runnable> now = new ArrayList<>(PENDING);
        PENDING.clear();
        for (Runnable r : now) r.run();
    }
}
