package org.sparsegnn.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.flops.FlopsView;
import org.sparsegnn.app.runs.RunsView;
import org.sparsegnn.app.sweep.SweepView;

/** The views after accuracy/loss and heatmap: FLOPs, sparsity sweep, runs. */
final class ExtraViews {
    private ExtraViews() {
    }

    static List<ExportableView> create(Workbench wb, Consumer<Path> exportAll) {
        List<ExportableView> out = new ArrayList<>();
        out.add(new FlopsView(wb.flops, wb.appearance));
        out.add(new SweepView(wb.sweep, wb.reproduction, wb.appearance));
        out.add(new RunsView(wb.runs, exportAll, wb.appearance));
        return out;
    }
}
