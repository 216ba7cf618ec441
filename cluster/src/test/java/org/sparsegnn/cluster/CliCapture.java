package org.sparsegnn.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a CLI in this JVM and captures its exit code, stdout and stderr (still echoed, for the test log). */
record CliCapture(int exitCode, String out, String err) {
    interface Cli {
        int run(String... args);
    }

    static synchronized CliCapture run(Cli cli, String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new Tee(out, oldOut), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, oldErr), true, StandardCharsets.UTF_8));
            int code = cli.run(args);
            return new CliCapture(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a, b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
