package org.sparsegnn.app.settings;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One editable run setting as the property sheet shows it: a category, a label, a help line, a type (Integer,
 * Double, Long, String, Boolean), optional fixed choices, and a rule that explains an invalid value.
 */
public final class Setting {
    private final String key;
    private final String category;
    private final String label;
    private final String help;
    private final Class<?> type;
    private final List<String> choices;
    private final Function<Object, String> rule;
    private final ObjectProperty<Object> value;

    public Setting(String key, String category, String label, String help, Class<?> type, Object initial,
                   List<String> choices, Function<Object, String> rule) {
        this.key = key;
        this.category = category;
        this.label = label;
        this.help = help;
        this.type = type;
        this.choices = choices == null ? List.of() : List.copyOf(choices);
        this.rule = rule == null ? v -> null : rule;
        this.value = new SimpleObjectProperty<>(this, key, initial);
    }

    public String key() { return key; }
    public String category() { return category; }
    public String label() { return label; }
    public String help() { return help; }
    public Class<?> type() { return type; }
    public List<String> choices() { return choices; }
    public ObjectProperty<Object> valueProperty() { return value; }
    public Object value() { return value.get(); }

    /** Why the current value is invalid, or null when it is fine. */
    public String problem() {
        Object v = value.get();
        if (v == null) return label + " is empty";
        if (Number.class.isAssignableFrom(type) && !(v instanceof Number)) {
            return label + ": '" + v + "' is not a number";
        }
        String p = rule.apply(v);
        return p == null ? null : label + ": " + p;
    }

    public double asDouble() {
        return ((Number) value.get()).doubleValue();
    }

    public int asInt() {
        return ((Number) value.get()).intValue();
    }

    public String asString() {
        return String.valueOf(value.get());
    }
}
