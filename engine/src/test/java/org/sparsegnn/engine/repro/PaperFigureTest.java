package org.sparsegnn.engine.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperFigureTest {
    @Test
    void parsesNamesListsAndAll() {
        assertEquals(List.of(PaperFigure.FIG5), PaperFigure.parse("5"));
        assertEquals(List.of(PaperFigure.FIG7, PaperFigure.TABLE2), PaperFigure.parse("fig7, Table-II"));
        assertEquals(List.of(PaperFigure.values()), PaperFigure.parse("all"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PaperFigure.parse("8"));
        assertTrue(e.getMessage().contains("unknown figure '8'"), e.getMessage());
    }
}
