package org.sparsegnn.engine.testing;

import java.lang.ref.WeakReference;

/** Whether an object can be garbage-collected: nothing but the given weak reference still reaches it. */
public final class Collectable {
    private Collectable() {
    }

    /** Asks for full collections until the referent is gone (true) or 40 tries pass (false). */
    public static boolean isCollected(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 40 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(25);
        }
        return ref.get() == null;
    }
}
