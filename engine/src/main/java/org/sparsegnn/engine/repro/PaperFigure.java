package org.sparsegnn.engine.repro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The paper's evaluation, figure by figure (§V): what {@code reproduce --figure} names. */
public enum PaperFigure {
    FIG5("5", "Fig. 5: FNN accuracy vs sparsity"),
    FIG6("6", "Fig. 6: GCN accuracy vs sparsity"),
    FIG7("7", "Fig. 7: accuracy vs epoch at sparsity 0.906"),
    TABLE2("table2", "Table II: normalised training FLOPs at sparsity 0.906");

    private final String id;
    private final String title;

    PaperFigure(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** "5", "6", "7", "table2" (also "fig5", "table-2", any case) or "all"; a comma list combines them. */
    public static List<PaperFigure> parse(String text) {
        List<PaperFigure> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT).replace("fig.", "").replace("fig", "").replace("-", "")
                    .replace(" ", "");
            if (p.equals("all")) {
                for (PaperFigure f : values()) if (!out.contains(f)) out.add(f);
                continue;
            }
            PaperFigure found = null;
            for (PaperFigure f : values()) if (f.id.equals(p) || (f == TABLE2 && p.equals("tableii"))) found = f;
            if (found == null) {
                throw new IllegalArgumentException("unknown figure '" + part.trim() + "'; known: 5, 6, 7, table2, all");
            }
            if (!out.contains(found)) out.add(found);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no figure given; known: 5, 6, 7, table2, all");
        return List.copyOf(out);
    }
}
