package org.sparsegnn.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.app.task.CurrentThreadTaskExecutor;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.io.GraphFormatException;
import org.sparsegnn.engine.graph.io.GraphLoader;

/** {@code sparsegnn-workbench FILE} and {@code --graph FILE} open a graph as the CLI's --graph does, errors alike. */
class CommandLineGraphTest {
    @TempDir
    Path tmp;

    /** Applies the command line to a fresh workbench (loading on this thread); returns what went to stderr. */
    private static String apply(Workbench wb, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            WorkbenchApp.apply(AppOptions.parse(List.of(args)), wb);
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileGivenAsArgumentOrWithGraphIsOpened() throws Exception {
        Path edges = Files.writeString(tmp.resolve("triangle.txt"), "0 1\n1 2\n2 0\n2 3\n");
        for (List<String> args : List.of(List.of(edges.toString()), List.of("--graph", edges.toString()))) {
            Workbench wb = new Workbench(new CurrentThreadTaskExecutor());
            assertEquals("", apply(wb, args.toArray(String[]::new)));
            assertEquals(4, wb.dataset.graph().numNodes(), args.toString());
            assertEquals("", wb.dataset.errorProperty().get());
        }
    }

    @Test
    void aBadFileGivesTheCliSOneLineErrorInTheWindowAndOnStderr() throws Exception {
        Path garbage = Files.writeString(tmp.resolve("garbage.mtx"), "%%MatrixMarket matrix coordinate\nthis is not a header\n");
        Path missing = tmp.resolve("no-such-graph.txt");
        for (Path file : List.of(garbage, missing)) {
            String cli = ErrorMessages.describe(assertThrows(GraphFormatException.class, () -> GraphLoader.load(file)));
            Workbench wb = new Workbench(new CurrentThreadTaskExecutor());
            String err = apply(wb, file.toString());
            String banner = wb.dataset.errorProperty().get();
            assertTrue(banner.endsWith(cli), banner + " should end with the CLI's message " + cli);
            assertEquals("sparsegnn-workbench: " + banner, err.strip());
            assertEquals(1, err.strip().lines().count());
        }
    }

    @Test
    void theGraphIsGivenOnce() {
        var both = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("a.txt", "--graph", "b.txt")));
        assertEquals("give the graph either as FILE or with --graph, not both", both.getMessage());
        var dataset = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--dataset", "cora", "a.txt")));
        assertEquals("give either --dataset or a graph FILE (--graph), not both", dataset.getMessage());
        assertEquals(Path.of("g.npz"), AppOptions.parse(List.of("--graph", "g.npz")).graph());
        assertEquals(null, AppOptions.parse(List.of("--run")).graph());
    }
}
