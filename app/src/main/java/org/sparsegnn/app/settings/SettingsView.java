package org.sparsegnn.app.settings;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/** The run settings as a ControlsFX property sheet; invalid values are marked and the first problem explained. */
public final class SettingsView {
    private final SettingsViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final Label problem = new Label();
    private final VBox root;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        sheet.setId("settings-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(this::editorFor);
        problem.setId("settings-problem");
        problem.getStyleClass().add("error-message");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        vm.settings().addListener((ListChangeListener<Setting>) c -> rebuild());
        vm.invalidKeys().addListener((javafx.collections.SetChangeListener<String>) c -> markInvalid());
        rebuild();
        root = new VBox(6, sheet, problem);
    }

    private void rebuild() {
        sheet.getItems().setAll(vm.settings().stream().map(SettingItem::new).toList());
    }

    private void markInvalid() {
        sheet.lookupAll(".property-editor-invalid").forEach(n -> n.setStyle(""));
        for (Node n : sheet.lookupAll("*")) {
            if (n.getUserData() instanceof String key) {
                n.setStyle(vm.invalidKeys().contains(key) ? "-fx-border-color: -error-text; -fx-border-width: 2;" : "");
            }
        }
    }

    private PropertyEditor<?> editorFor(PropertySheet.Item item) {
        Setting s = ((SettingItem) item).setting;
        PropertyEditor<?> ed;
        if (!s.choices().isEmpty()) {
            ed = Editors.createChoiceEditor(item, s.choices());
        } else if (Number.class.isAssignableFrom(s.type())) {
            ed = new NumberEditor(item, s.type());
        } else {
            ed = new DefaultPropertyEditorFactory().call(item);
        }
        ed.getEditor().setUserData(s.key());
        ed.getEditor().setId("setting-" + s.key().replace('.', '-'));
        if (ed instanceof AbstractPropertyEditor<?, ?>) {
            ed.getEditor().sceneProperty().addListener((o, a, v) -> markInvalid());
        }
        return ed;
    }

    public Node node() {
        return root;
    }

    /**
     * A text field for numbers that accepts anything while typing: text that is not a number of the setting's
     * type is passed on as text, so validation can say what is wrong instead of silently refusing keystrokes.
     */
    static final class NumberEditor extends AbstractPropertyEditor<Object, javafx.scene.control.TextField> {
        private final Class<?> type;
        private javafx.beans.property.ObjectProperty<Object> value;

        NumberEditor(PropertySheet.Item item, Class<?> type) {
            super(item, new javafx.scene.control.TextField());
            this.type = type;
            getEditor().textProperty().addListener((o, a, t) -> value.set(parse(t)));
        }

        private Object parse(String t) {
            String s = t.trim();
            try {
                if (type == Integer.class) return Integer.parseInt(s);
                if (type == Long.class) return Long.parseLong(s);
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return t;
            }
        }

        @Override
        protected javafx.beans.value.ObservableValue<Object> getObservableValue() {
            if (value == null) value = new javafx.beans.property.SimpleObjectProperty<>();
            return value;
        }

        @Override
        public void setValue(Object v) {
            String text = v == null ? "" : String.valueOf(v);
            if (!text.equals(getEditor().getText())) getEditor().setText(text);
        }
    }

    /** Adapts a {@link Setting} to the property sheet. */
    static final class SettingItem implements PropertySheet.Item {
        final Setting setting;

        SettingItem(Setting setting) {
            this.setting = setting;
        }

        @Override public Class<?> getType() { return setting.type(); }
        @Override public String getCategory() { return setting.category(); }
        @Override public String getName() { return setting.label(); }
        @Override public String getDescription() { return setting.help(); }
        @Override public Object getValue() { return setting.value(); }

        @Override
        public void setValue(Object value) {
            if (value instanceof Number n && setting.type() == Integer.class && n.doubleValue() == Math.rint(n.doubleValue())) value = n.intValue();
            else if (value instanceof Number n && setting.type() == Double.class) value = n.doubleValue();
            else if (value instanceof Number n && setting.type() == Long.class) value = n.longValue();
            if (value != null) setting.valueProperty().set(value);
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(setting.valueProperty());
        }
    }
}
