package org.sparsegnn.engine.train;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sparsegnn.engine.nn.Parameter;

/**
 * Resolves the config's "which layers may be pruned" option against a model's weights: {@code all},
 * {@code first}, {@code last}, or a comma list of parameter names (e.g. {@code gcn.layer1.weight}).
 */
final class PrunableLayers {
    private PrunableLayers() {
    }

    static List<Parameter> select(List<Parameter> parameters, String spec) {
        List<Parameter> weights = parameters.stream().filter(Parameter::prunable).toList();
        String s = spec == null || spec.isBlank() ? "all" : spec.trim();
        switch (s) {
            case "all": return weights;
            case "first": return weights.isEmpty() ? weights : List.of(weights.get(0));
            case "last": return weights.isEmpty() ? weights : List.of(weights.get(weights.size() - 1));
            default: break;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String part : s.split(",")) if (!part.isBlank()) wanted.add(part.trim());
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : weights) if (wanted.remove(p.name())) out.add(p);
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException("unknown prunable layer(s) " + wanted + "; the model's weights are "
                    + weights.stream().map(Parameter::name).toList() + " (or use all, first, last)");
        }
        return out;
    }
}
