package org.sparsegnn.app.shell;

import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.flops.FlopsView;

/** The views after accuracy/loss and heatmap: FLOPs, sparsity sweep, runs. */
final class ExtraViews {
    private ExtraViews() {
    }

    static List<ExportableView> create(Workbench wb) {
        List<ExportableView> out = new ArrayList<>();
        out.add(new FlopsView(wb.flops, wb.appearance));
        return out;
    }
}
