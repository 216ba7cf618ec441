package org.sparsegnn.app.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;

/**
 * An annotation whose content is swapped as a whole while charts are drawn on other threads: it equals only
 * itself (JFreeChart compares annotations when charts are copied and when one is removed).
 */
public abstract class IdentityAnnotation extends AbstractXYAnnotation {
    @Override
    public final boolean equals(Object o) {
        return o == this;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }
}
