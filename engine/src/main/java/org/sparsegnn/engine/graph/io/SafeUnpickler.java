package org.sparsegnn.engine.graph.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;
import net.razorvine.pickle.objects.ClassDict;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * Unpickler that can only construct a fixed whitelist of harmless things: numpy arrays and dtypes, scipy CSR
 * matrices, {@code defaultdict(list)}, lists and byte strings. Unpickling untrusted data with a general unpickler
 * is a code-execution risk (a pickle can name {@code os.system} and call it); here every GLOBAL is looked up in a
 * per-instance table and anything else is refused before it is even resolved. Opcodes that could reach other
 * code paths (INST, OBJ, STACK_GLOBAL, persistent ids, extension registry, out-of-band buffers) are refused, BUILD
 * is only allowed on whitelisted objects, and length-prefixed strings may not claim more bytes than remain, so a
 * hostile file can neither run code nor make us allocate gigabytes. The library's global (static) constructor
 * registry is never consulted or modified.
 */
final class SafeUnpickler extends Unpickler {
    /** Largest pickle read into memory (Planetoid files are at most a few tens of MB). */
    static final long MAX_BYTES = 1L << 30;

    private static final String ALLOWED = "numpy arrays/dtypes, scipy CSR matrices, defaultdict(list)";

    private final Map<String, IObjectConstructor> whitelist = new HashMap<>();
    private ByteArrayInputStream in;

    SafeUnpickler() {
        ClassMarker ndarray = new ClassMarker("numpy.ndarray", null);
        ClassMarker list = new ClassMarker("list", ArrayList::new);
        ClassMarker object = new ClassMarker("object", null);
        ClassMarker csr = new ClassMarker("scipy.sparse.csr_matrix", PickledCsrMatrix::new);
        IObjectConstructor reconstruct = args -> {
            if (args.length != 3 || args[0] != ndarray) throw new BadDataException("_reconstruct called on something other than numpy.ndarray");
            return new PickledNdArray();
        };
        IObjectConstructor dtype = args -> {
            if (args.length < 1 || !(args[0] instanceof String code)) throw new BadDataException("numpy.dtype without a type code");
            return new PickledDtype(code);
        };
        IObjectConstructor defaultdict = args -> {
            if (args.length != 1 || args[0] != list) throw new BadDataException("only defaultdict(list) is accepted");
            return new HashMap<Object, Object>();
        };
        IObjectConstructor copyRegReconstructor = args -> {
            if (args.length != 3 || args[0] != csr || args[1] != object || args[2] != null) {
                throw new BadDataException("copy_reg._reconstructor is accepted only for csr_matrix");
            }
            return csr.construct(new Object[0]);
        };
        IObjectConstructor codecsEncode = args -> {
            // Python 3 writes bytes as _codecs.encode(str, 'latin1') under protocol 2
            if (args.length != 2 || !(args[0] instanceof String s) || !(args[1] instanceof String enc)
                    || !(enc.equals("latin1") || enc.equals("latin-1"))) {
                throw new BadDataException("_codecs.encode is accepted only as encode(str, 'latin1')");
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        };
        allow(reconstruct, "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct");
        allow(ndarray, "numpy.ndarray");
        allow(dtype, "numpy.dtype");
        allow(csr, "scipy.sparse.csr.csr_matrix", "scipy.sparse._csr.csr_matrix");
        allow(defaultdict, "collections.defaultdict");
        allow(list, "__builtin__.list", "builtins.list");
        allow(object, "__builtin__.object", "builtins.object");
        allow(copyRegReconstructor, "copy_reg._reconstructor", "copyreg._reconstructor");
        allow(codecsEncode, "_codecs.encode");
    }

    private void allow(IObjectConstructor c, String... names) {
        for (String n : names) whitelist.put(n, c);
    }

    /**
     * Unpickles {@code bytes} (the whole content of {@code file}). Every failure, refusal or malformation becomes a
     * {@link GraphFormatException} naming the file and byte offset.
     */
    Object load(Path file, byte[] bytes) throws GraphFormatException {
        in = new ByteArrayInputStream(bytes);
        try {
            return load(in);
        } catch (IOException | RuntimeException e) {
            long offset = bytes.length - in.available();
            throw new GraphFormatException(file, "not a readable Planetoid pickle (at byte " + offset + "): " + reason(e), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new GraphFormatException(file, "pickle too large or too deeply nested to read", null);
        } finally {
            in = null;
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadDataException) return t.getMessage();
        }
        return ErrorMessages.describe(e);
    }

    /** What an unpickled value is, in Python's words ("a dict", "a tuple", …), for messages about unexpected content. */
    static String pythonType(Object o) {
        if (o == null) return "None";
        if (o instanceof ClassDict cd) return "an object of class " + cd.getClassName();
        if (o instanceof Map<?, ?>) return "a dict";
        if (o instanceof Object[]) return "a tuple";
        if (o instanceof Collection<?>) return "a list";
        if (o instanceof String) return "a string";
        if (o instanceof byte[]) return "bytes";
        if (o instanceof Boolean) return "a bool";
        if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) return "an integer";
        if (o instanceof Double) return "a float";
        if (o instanceof PickledNdArray) return "a numpy array";
        if (o instanceof PickledCsrMatrix) return "a scipy sparse matrix";
        return "an object of an unexpected kind";
    }

    @Override
    protected Object dispatch(short key) throws IOException {
        switch (key) {
            case Opcodes.GLOBAL -> {
                String module = PickleUtils.readline(in);
                String name = PickleUtils.readline(in);
                String qualified = module + "." + name;
                IObjectConstructor c = whitelist.get(qualified);
                if (c == null) {
                    throw new BadDataException("refused global '" + qualified + "' (only " + ALLOWED + " may be constructed)");
                }
                stack.add(c);
                return NO_RETURN_VALUE;
            }
            case Opcodes.STACK_GLOBAL, Opcodes.INST, Opcodes.OBJ, Opcodes.PERSID, Opcodes.BINPERSID, Opcodes.EXT1,
                 Opcodes.EXT2, Opcodes.EXT4, Opcodes.NEXT_BUFFER, Opcodes.READONLY_BUFFER ->
                    throw new BadDataException("refused pickle opcode 0x" + Integer.toHexString(key));
            case Opcodes.BUILD -> {
                Object state = stack.pop();
                Object target = stack.peek();
                stack.add(state);
                if (!(target instanceof PickledObject)) {
                    throw new BadDataException("BUILD on " + pythonType(target) + " refused");
                }
            }
            case Opcodes.BINSTRING, Opcodes.BINUNICODE, Opcodes.BINBYTES, Opcodes.LONG4 -> checkLength(4);
            case Opcodes.BINUNICODE8, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> checkLength(8);
            default -> { }
        }
        return super.dispatch(key);
    }

    /** Refuses a length prefix that claims more bytes than the file still holds (before anything is allocated). */
    private void checkLength(int prefixBytes) {
        in.mark(prefixBytes);
        long len = 0;
        for (int i = 0; i < prefixBytes; i++) {
            int b = in.read();
            if (b < 0) throw new BadDataException("truncated length prefix");
            len |= ((long) b) << (8 * i);
        }
        in.reset();
        if (len < 0 || len > in.available() - prefixBytes) {
            throw new BadDataException("a string claims " + Long.toUnsignedString(len) + " bytes but only "
                    + Math.max(0, in.available() - prefixBytes) + " remain");
        }
    }

    /** A whitelisted class name: usable as an argument (e.g. defaultdict's factory) and constructible only if it has a factory. */
    private static final class ClassMarker implements IObjectConstructor {
        private final String name;
        private final Supplier<Object> factory;

        ClassMarker(String name, Supplier<Object> factory) {
            this.name = name;
            this.factory = factory;
        }

        @Override
        public Object construct(Object[] args) {
            if (factory == null || args.length != 0) throw new BadDataException("constructing " + name + " directly is refused");
            return factory.get();
        }
    }
}
