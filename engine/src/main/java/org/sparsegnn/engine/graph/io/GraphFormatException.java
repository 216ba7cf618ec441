package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A graph file could not be read: missing, malformed, truncated, or refused (e.g. a pickle naming a class outside
 * the whitelist). {@link #getMessage()} is one line naming the file, the line (or byte offset) when known, and what
 * was expected, so front ends can print it as is (the CLI exits with code 2).
 */
public class GraphFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String detail;

    /**
     * @param file   the offending file (may be null for in-memory input)
     * @param line   1-based line number, or 0 when no line applies (binary formats name a byte offset or entry in detail)
     * @param detail what was wrong / expected
     */
    public GraphFormatException(Path file, long line, String detail) {
        this(file, line, detail, null);
    }

    public GraphFormatException(Path file, long line, String detail, Throwable cause) {
        super(format(file, line, detail), cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public GraphFormatException(Path file, String detail) {
        this(file, 0, detail, null);
    }

    public GraphFormatException(Path file, String detail, Throwable cause) {
        this(file, 0, detail, cause);
    }

    private static String format(Path file, long line, String detail) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) sb.append(file != null ? ":" : "line ").append(line);
        if (sb.length() > 0) sb.append(": ");
        // keep the message on one line whatever the detail contains
        sb.append(detail == null ? "unreadable" : detail.replace('\n', ' ').replace('\r', ' '));
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when not applicable. */
    public long line() {
        return line;
    }

    public String detail() {
        return detail;
    }
}
