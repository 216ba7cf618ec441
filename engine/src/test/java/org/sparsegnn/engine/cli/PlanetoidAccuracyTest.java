package org.sparsegnn.engine.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.io.TestData;

/**
 * The acceptance numbers of the GCN recipe on the real Planetoid data, through the CLI exactly as documented:
 * 5 seeds, 200 epochs, test accuracy at each seed's best-validation epoch (PyTorch on this machine: 0.820 / 0.704).
 */
@Tag("slow")
class PlanetoidAccuracyTest {
    @TempDir
    Path tmp;

    private JsonNode train(String dataset) throws Exception {
        Path dir = TestData.file(dataset + "/planetoid");
        Path out = tmp.resolve(dataset);
        CliRunner r = CliRunner.run("train", "--dataset", dataset, "--data-dir", dir.toString(), "--model", "gcn",
                "--epochs", "200", "--seeds", "5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        System.out.println(dataset + ": test accuracy " + s.get("test_accuracy") + " ± " + s.get("test_accuracy_std")
                + ", median epoch " + s.get("epoch_ms_median") + " ms");
        return s;
    }

    @Test
    void gcnOnCora() throws Exception {
        assertTrue(train("cora").get("test_accuracy").asDouble() >= 0.81);
    }

    @Test
    void gcnOnCiteSeer() throws Exception {
        assertTrue(train("citeseer").get("test_accuracy").asDouble() >= 0.70);
    }
}
