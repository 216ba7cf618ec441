package org.sparsegnn.engine.graph.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one numpy {@code .npy} array (format versions 1–3) from bytes: numeric dtypes ({@code f4 f8 i1..i8 u1..u8
 * b1}) and fixed-width strings ({@code <U..} UTF-32, {@code |S..} bytes). Object arrays ({@code |O}) would need
 * pickle and are refused. The header's shape must match the data length exactly.
 */
final class NpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_HEADER = 1 << 16;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** A decoded array: numeric ({@code numeric != null}) or strings. */
    record NpyArray(long[] shape, NumericArray numeric, String[] strings) {
        int rows() {
            return shape.length == 0 ? 1 : (int) shape[0];
        }
    }

    private NpyReader() {
    }

    static NpyArray read(byte[] b) {
        if (b.length < 10) throw new BadDataException("too short for a .npy array (" + b.length + " bytes)");
        for (int i = 0; i < MAGIC.length; i++) if (b[i] != MAGIC[i]) throw new BadDataException("not a .npy array (bad magic)");
        int major = b[6];
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen;
        int headerStart;
        if (major == 1) {
            headerLen = bb.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (b.length < 12) throw new BadDataException("truncated .npy header");
            headerLen = bb.getInt(8) & 0xffffffffL;
            headerStart = 12;
        } else {
            throw new BadDataException("unsupported .npy version " + major);
        }
        if (headerLen > MAX_HEADER || headerStart + headerLen > b.length) {
            throw new BadDataException(".npy header claims " + headerLen + " bytes, " + (b.length - headerStart) + " available");
        }
        String header = new String(b, headerStart, (int) headerLen, StandardCharsets.UTF_8);
        String descr = group(DESCR, header, "descr");
        boolean fortran = group(FORTRAN, header, "fortran_order").equals("True");
        long[] shape = parseShape(group(SHAPE, header, "shape"));
        int dataStart = headerStart + (int) headerLen;
        byte[] data = Arrays.copyOfRange(b, dataStart, b.length);
        if (descr.length() < 2) throw new BadDataException("unsupported dtype '" + descr + "'");
        char order = descr.charAt(0);
        String code = (order == '<' || order == '>' || order == '|' || order == '=') ? descr.substring(1) : descr;
        char kind = code.charAt(0);
        if (kind == 'O') throw new BadDataException("object array (dtype '" + descr + "') refused: it would need pickle");
        if (kind == 'U' || kind == 'S') return new NpyArray(shape, null, strings(kind, code, order, shape, data));
        PickledDtype dtype = new PickledDtype(descr);
        return new NpyArray(shape, new NumericArray(shape, dtype.kind(), dtype.itemSize(), dtype.order(), fortran, data), null);
    }

    private static String group(Pattern p, String header, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) throw new BadDataException(".npy header lacks a valid '" + key + "': " + PlanetoidLoader.abbreviate(header.trim()));
        return m.group(1);
    }

    private static long[] parseShape(String s) {
        String[] parts = s.split(",");
        long[] shape = new long[parts.length];
        int n = 0;
        for (String p : parts) {
            String t = p.trim();
            if (t.endsWith("L")) t = t.substring(0, t.length() - 1);
            if (t.isEmpty()) continue;
            if (!t.matches("\\d{1,18}")) throw new BadDataException(".npy shape entry '" + PlanetoidLoader.abbreviate(t) + "' is not a size");
            shape[n++] = Long.parseLong(t);
        }
        return Arrays.copyOf(shape, n);
    }

    private static String[] strings(char kind, String code, char order, long[] shape, byte[] data) {
        int width;
        try {
            width = Integer.parseInt(code.substring(1));
        } catch (NumberFormatException e) {
            throw new BadDataException("unsupported string dtype '" + code + "'");
        }
        int unit = kind == 'U' ? 4 : 1;
        long count = 1;
        long bytes;
        try {
            for (long d : shape) count = Math.multiplyExact(count, d);
            bytes = Math.multiplyExact(Math.multiplyExact(count, (long) width), (long) unit);
        } catch (ArithmeticException e) {
            throw new BadDataException("string array shape " + Arrays.toString(shape) + " overflows");
        }
        if (width <= 0 || count > Integer.MAX_VALUE || bytes != data.length) {
            throw new BadDataException("string array shape/width does not match its " + data.length + " data bytes");
        }
        ByteBuffer bb = ByteBuffer.wrap(data).order(order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        String[] out = new String[(int) count];
        for (int i = 0; i < out.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < width; k++) {
                int cp = kind == 'U' ? bb.getInt((i * width + k) * 4) : data[i * width + k] & 0xff;
                if (cp == 0) break;
                if (!Character.isValidCodePoint(cp)) throw new BadDataException("invalid character in string array");
                sb.appendCodePoint(cp);
            }
            out[i] = sb.toString();
        }
        return out;
    }
}
