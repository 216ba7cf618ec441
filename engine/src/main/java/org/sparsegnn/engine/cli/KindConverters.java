package org.sparsegnn.engine.cli;

import java.util.function.Function;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.train.TaskKind;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Command-line values of the configuration's kinds in their lowercase file names ({@code --model gcn}); an
 * unknown one is refused with the known names. Shared by the engine's CLI and the app's command line.
 */
public final class KindConverters {
    private KindConverters() {
    }

    /** {@code cl} (and its subcommands) reading task, model, distribution and kernels options by their ids. */
    public static CommandLine register(CommandLine cl) {
        return cl.registerConverter(TaskKind.class, named(TaskKind::of))
                .registerConverter(ModelKind.class, named(ModelKind::of))
                .registerConverter(SparsityDistribution.class, named(SparsityDistribution::of))
                .registerConverter(KernelChoice.class, named(KernelChoice::parse));
    }

    /** A converter whose refusal ("unknown model 'x'; known: gcn, fnn") picocli reports as the option's error. */
    private static <T> ITypeConverter<T> named(Function<String, T> parse) {
        return s -> {
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
