package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hostile pickles are refused before anything outside the whitelist is resolved or allocated. */
class SafeUnpicklerTest {
    private static final Path FILE = Path.of("ind.evil.x");

    private static String refusal(byte[] pickle) {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new SafeUnpickler().load(FILE, pickle));
        assertTrue(e.getMessage().startsWith("ind.evil.x: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void refusesOsSystemViaGlobalAndReduce() {
        String m = refusal(new PickleBytes().global("os", "system").shortString("touch /tmp/pwned").op(0x85).op('R').stop());
        assertTrue(m.contains("refused global 'os.system'"), m);
    }

    @Test
    void refusesSubprocessAndEval() {
        assertTrue(refusal(new PickleBytes().global("subprocess", "Popen").shortString("id").op(0x85).op('R').stop())
                .contains("subprocess.Popen"));
        assertTrue(refusal(new PickleBytes().global("__builtin__", "eval").shortString("1+1").op(0x85).op('R').stop())
                .contains("__builtin__.eval"));
        assertTrue(refusal(new PickleBytes().global("builtins", "eval").shortString("1+1").op(0x85).op('R').stop())
                .contains("builtins.eval"));
    }

    @Test
    void refusesStackGlobalInstAndObj() {
        byte[] stackGlobal = new PickleBytes().shortString("os").shortString("system").op(0x93).stop();
        assertTrue(refusal(stackGlobal).contains("opcode 0x93"));
        assertTrue(refusal(new PickleBytes().op('(').op('i').stop()).contains("opcode 0x69"));
    }

    @Test
    void refusesStringClaimingMoreBytesThanTheFileHas() {
        assertTrue(refusal(new PickleBytes().binString(Integer.MAX_VALUE, "abc").stop()).contains("claims 2147483647 bytes"));
        assertTrue(refusal(new PickleBytes().binString(-1, "abc").stop()).contains("claims"));
    }

    @Test
    void refusesDirectConstructionOfWhitelistedClassMarker() {
        assertTrue(refusal(new PickleBytes().global("numpy", "ndarray").op(')').op('R').stop()).contains("numpy.ndarray"));
    }

    @Test
    void anUnknownOpcodeIsNamedInWordsNotJavaClasses() {
        String m = refusal(new byte[] {(byte) 210, 0, 0});
        assertTrue(m.contains("invalid pickle opcode") && m.contains("210") && !m.contains("Exception"), m);
    }

    @Test
    void refusesTruncatedAndEmptyInput() {
        assertTrue(refusal(new byte[0]).contains("premature end of file"));
        byte[] ok = new PickleBytes().int1(5).stop();
        byte[] cut = Arrays.copyOf(ok, ok.length - 1);
        refusal(cut);
    }
}
