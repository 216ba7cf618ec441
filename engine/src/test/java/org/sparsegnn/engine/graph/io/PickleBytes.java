package org.sparsegnn.engine.graph.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Tiny protocol-2 pickle writer for hand-made hostile test files. */
final class PickleBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PickleBytes() {
        out.write(0x80);
        out.write(2);
    }

    PickleBytes op(int opcode) {
        out.write(opcode);
        return this;
    }

    PickleBytes global(String module, String name) {
        out.write('c');
        raw(module + "\n" + name + "\n");
        return this;
    }

    PickleBytes shortString(String s) {
        out.write('U');
        out.write(s.length());
        raw(s);
        return this;
    }

    /** BINSTRING with an explicit (possibly lying) 4-byte length. */
    PickleBytes binString(int claimedLength, String s) {
        out.write('T');
        for (int i = 0; i < 4; i++) out.write((claimedLength >>> (8 * i)) & 0xff);
        raw(s);
        return this;
    }

    PickleBytes int1(int v) {
        out.write('K');
        out.write(v);
        return this;
    }

    private void raw(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
    }

    byte[] stop() {
        out.write('.');
        return out.toByteArray();
    }
}
