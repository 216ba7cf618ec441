package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;

/** Short display names for graphs read from files ("ca-AstroPh" for ca-AstroPh.txt.gz). */
final class GraphNames {
    private GraphNames() {
    }

    static String of(Path file) {
        Path fn = file.toAbsolutePath().normalize().getFileName();
        String name = fn == null ? "graph" : fn.toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
