package org.sparsegnn.engine.graph.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * Line and token reader over raw bytes for the text formats (edge lists, MatrixMarket, LINQS, TSV). Parses
 * integers straight from the byte buffer, so a million-edge file is read without creating a String per token.
 * Lines end at LF, CR LF or CR; tokens are separated by spaces, tabs and (optionally) commas. Gzip input is
 * recognised by its magic bytes. Every parse error is a {@link GraphFormatException} with file and line.
 */
final class TextScanner implements Closeable {
    /** Longest accepted line: protects against a garbage file without line breaks. */
    static final int MAX_LINE = 64 << 20;

    private final Path file;
    private final InputStream in;
    private final boolean commaSeparates;
    private byte[] buf = new byte[1 << 16];
    private int bufStart;
    private int bufEnd;
    private boolean eof;
    private long line;
    private int lineStart;
    private int lineEnd;
    private int tokStart;
    private int tokEnd;
    private int cursor;
    /** Start of the line after the current one. */
    private int next;

    private TextScanner(Path file, InputStream in, boolean commaSeparates) {
        this.file = file;
        this.in = in;
        this.commaSeparates = commaSeparates;
    }

    /** Opens a (possibly gzipped) text file. */
    static TextScanner open(Path file, boolean commaSeparates) throws GraphFormatException {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new TextScanner(file, in, commaSeparates);
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(file, "no such file");
        } catch (IOException e) {
            throw new GraphFormatException(file, "cannot read: " + ErrorMessages.describe(e), e);
        }
    }

    Path file() {
        return file;
    }

    /** 1-based number of the current line. */
    long line() {
        return line;
    }

    /** Advances to the next line; false at end of input. */
    boolean nextLine() throws GraphFormatException {
        bufStart = next;
        int offset = 0;
        while (true) {
            int i = bufStart + offset;
            for (; i < bufEnd; i++) {
                byte b = buf[i];
                if (b == '\n') return setLine(i, i + 1);
                if (b == '\r') {
                    if (i + 1 < bufEnd) return setLine(i, buf[i + 1] == '\n' ? i + 2 : i + 1);
                    if (eof) return setLine(i, i + 1);
                    break; // need one more byte to see whether LF follows
                }
            }
            if (i >= bufEnd && eof) {
                if (bufEnd == bufStart) return false;
                return setLine(bufEnd, bufEnd);
            }
            offset = i - bufStart;
            fill();
        }
    }

    private boolean setLine(int end, int nextStart) {
        line++;
        lineStart = bufStart;
        lineEnd = end;
        next = nextStart;
        cursor = lineStart;
        return true;
    }

    /** Moves unread bytes to the front and reads more; grows the buffer for long lines. */
    private void fill() throws GraphFormatException {
        int pending = bufEnd - bufStart;
        if (bufStart > 0) {
            System.arraycopy(buf, bufStart, buf, 0, pending);
            bufStart = 0;
            bufEnd = pending;
        }
        if (bufEnd == buf.length) {
            if (buf.length >= MAX_LINE) throw error("line longer than " + MAX_LINE + " bytes (not a text graph file?)");
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int r = in.read(buf, bufEnd, buf.length - bufEnd);
            if (r < 0) eof = true;
            else bufEnd += r;
        } catch (IOException e) {
            throw new GraphFormatException(file, line + 1, "cannot read (corrupt or truncated compressed data?): " + ErrorMessages.describe(e), e);
        }
    }

    /** True for an empty line or one whose first non-blank character is '#' or '%'. */
    boolean isBlankOrComment() {
        for (int i = lineStart; i < lineEnd; i++) {
            byte b = buf[i];
            if (b == ' ' || b == '\t') continue;
            return b == '#' || b == '%';
        }
        return true;
    }

    /** The whole current line as text (for headers, messages). */
    String lineText() {
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    private boolean isSeparator(byte b) {
        return b == ' ' || b == '\t' || (commaSeparates && b == ',');
    }

    /** Advances to the next token of the current line; false when the line has no more. */
    boolean nextToken() {
        int i = cursor;
        while (i < lineEnd && isSeparator(buf[i])) i++;
        if (i >= lineEnd) {
            cursor = lineEnd;
            return false;
        }
        int j = i;
        while (j < lineEnd && !isSeparator(buf[j])) j++;
        tokStart = i;
        tokEnd = j;
        cursor = j;
        return true;
    }

    /** Next token, or an error naming what was expected. */
    void requireToken(String expected) throws GraphFormatException {
        if (!nextToken()) throw error("expected " + expected + ", line ends early: '" + PlanetoidLoader.abbreviate(lineText()) + "'");
    }

    /** Number of tokens in the rest of the line (does not move the cursor). */
    int remainingTokens() {
        int saved = cursor, ts = tokStart, te = tokEnd, count = 0;
        while (nextToken()) count++;
        cursor = saved;
        tokStart = ts;
        tokEnd = te;
        return count;
    }

    /** Moves the token cursor back to the start of the current line. */
    void rewindLine() {
        cursor = lineStart;
    }

    boolean tokenIsNumber() {
        try {
            return Float.isFinite(Float.parseFloat(token()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    boolean tokenIsZero() {
        return tokEnd - tokStart == 1 && buf[tokStart] == '0';
    }

    boolean tokenIsOne() {
        return tokEnd - tokStart == 1 && buf[tokStart] == '1';
    }

    String token() {
        return new String(buf, tokStart, tokEnd - tokStart, StandardCharsets.UTF_8);
    }

    boolean tokenIsInteger() {
        int i = tokStart;
        if (i < tokEnd && (buf[i] == '-' || buf[i] == '+')) i++;
        if (i == tokEnd) return false;
        for (; i < tokEnd; i++) if (buf[i] < '0' || buf[i] > '9') return false;
        return true;
    }

    /** The current token as a non-negative int. */
    int tokenAsNonNegativeInt(String what) throws GraphFormatException {
        long v = 0;
        int i = tokStart;
        if (i < tokEnd && buf[i] == '+') i++;
        if (i == tokEnd) throw error("expected " + what + ", found '" + tokenForMessage() + "'");
        for (; i < tokEnd; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) throw error("expected " + what + " (a non-negative integer), found '" + tokenForMessage() + "'");
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE) throw error(what + " " + tokenForMessage() + " is too large");
        }
        return (int) v;
    }

    /** The current token as a finite float. */
    float tokenAsFloat(String what) throws GraphFormatException {
        try {
            float f = Float.parseFloat(token());
            if (!Float.isFinite(f)) throw error(what + " must be finite, found '" + tokenForMessage() + "'");
            return f;
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (a number), found '" + tokenForMessage() + "'");
        }
    }

    private String tokenForMessage() {
        String t = new String(buf, tokStart, Math.min(tokEnd - tokStart, 40), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) sb.append(c < 32 || c == 0xfffd ? '?' : c);
        return sb.append(tokEnd - tokStart > 40 ? "…" : "").toString();
    }

    GraphFormatException error(String detail) {
        return new GraphFormatException(file, line, detail);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only input: nothing to flush
        }
    }
}
