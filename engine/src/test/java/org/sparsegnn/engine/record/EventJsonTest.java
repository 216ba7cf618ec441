package org.sparsegnn.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.RunFailed;

class EventJsonTest {
    @Test
    void aDivergedRunKeepsItsKindThroughJson() {
        RunFailed f = new RunFailed("run-1", 3, "training diverged at epoch 3: …", "trace", RunFailed.Kind.DIVERGED);
        assertEquals(f, EventJson.fromLine(EventJson.toLine(f), "test"));
    }

    @Test
    void aFailureSavedBeforeKindsExistedReadsAsAnError() {
        String old = "{\"type\":\"RunFailed\",\"event\":{\"runId\":\"r\",\"epoch\":2,\"message\":\"m\",\"detail\":\"d\"}}";
        assertEquals(new RunFailed("r", 2, "m", "d"), EventJson.fromLine(old, "test"));
        assertEquals(RunFailed.Kind.ERROR, ((RunFailed) EventJson.fromLine(old, "test")).kind());
    }
}
