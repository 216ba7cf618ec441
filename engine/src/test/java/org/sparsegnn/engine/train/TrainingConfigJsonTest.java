package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;

/** The JSON of a configuration is a file format (experiment files, summary.json): enums stay lowercase words. */
class TrainingConfigJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void enumsAreWrittenAsTheirLowercaseNamesAndReadBack() throws Exception {
        TrainingConfig c = TrainingConfig.linkDefaults();
        String text = json.writeValueAsString(c);
        assertTrue(text.contains("\"task\":\"link\"") && text.contains("\"model\":\"fnn\"")
                && text.contains("\"distribution\":\"erk\""), text);
        assertEquals(c, json.readValue(text, TrainingConfig.class));
    }

    @Test
    void aFileWrittenBeforeTheEnumsStillLoads() throws Exception {
        // as an experiment's config.json was written before task, model and distribution were enums (no embedding)
        String old = """
                {"task":"node","model":"gcn","hidden":[16],"dropout":0.5,"epochs":200,"optimizer":"adam","lr":0.01,
                 "momentum":0.0,"nesterov":false,"weightDecay":5.0E-4,"lrSchedule":"constant","lrGamma":1.0,
                 "batchSize":0,"seed":3,"split":"standard","method":"rigl","sparsity":0.9,"distribution":"ER",
                 "prunableLayers":"all","methodParams":{"delta_t":10.0},"preset":""}""";
        TrainingConfig c = json.readValue(old, TrainingConfig.class);
        assertEquals(TaskKind.NODE, c.task());
        assertEquals(ModelKind.GCN, c.model());
        assertEquals(SparsityDistribution.ERK, c.distribution());
        assertEquals(10.0, c.methodParams().get("delta_t"));
        assertEquals(KernelChoice.AUTO, c.kernels(), "a file written before the kernel choice existed: auto");
        assertEquals(List.of(), SettingsValidator.problems(c));
    }

    @Test
    void kernelChoiceIsALowercaseWord() throws Exception {
        TrainingConfig c = TrainingConfig.gcnDefaults().withKernels(KernelChoice.SPARSE);
        String text = json.writeValueAsString(c);
        assertTrue(text.contains("\"kernels\":\"sparse\""), text);
        assertEquals(c, json.readValue(text, TrainingConfig.class));
    }
}
