package org.sparsegnn.app.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/** The run settings as a ControlsFX property sheet; invalid values are marked and the first problem explained. */
public final class SettingsView {
    /**
     * Categories in the order a first-time user needs them. Each is its own sheet in a titled pane that opens and
     * closes on its own: ControlsFX's category mode is an accordion (one category open at a time, sorted by name),
     * which hid the method, sparsity and epochs behind "Method parameters".
     */
    static final List<String> CATEGORY_ORDER = List.of("Model", "Sparsity", "Method parameters", "Training",
            EmbeddingSettings.CATEGORY);
    private final SettingsViewModel vm;
    private final Map<String, PropertySheet> sheets = new LinkedHashMap<>();
    private final Map<String, TitledPane> panes = new LinkedHashMap<>();
    private final VBox categories = new VBox(4);
    private final Label problem = new Label();
    private final VBox root;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        categories.setId("settings-sheet");
        problem.setId("settings-problem");
        problem.getStyleClass().add("error-message");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        vm.settings().addListener((ListChangeListener<Setting>) c -> rebuild());
        vm.invalidKeys().addListener((SetChangeListener<String>) c -> markInvalid());
        rebuild();
        // the embedding settings matter only when an embedding is in use: open them then, keep them folded otherwise
        Setting embedding = vm.get(EmbeddingSettings.METHOD);
        if (embedding != null) {
            embedding.valueProperty().addListener((o, a, v) -> expandEmbedding());
            expandEmbedding();
        }
        root = new VBox(6, problem, categories);
    }

    private void expandEmbedding() {
        TitledPane p = panes.get(EmbeddingSettings.CATEGORY);
        Setting embedding = vm.get(EmbeddingSettings.METHOD);
        if (p != null && embedding != null) p.setExpanded(!"none".equals(embedding.asString()));
    }

    private void rebuild() {
        Map<String, List<PropertySheet.Item>> byCategory = new LinkedHashMap<>();
        for (String c : CATEGORY_ORDER) byCategory.put(c, new ArrayList<>());
        for (Setting s : vm.settings()) byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(new SettingItem(s));
        List<TitledPane> shown = new ArrayList<>();
        for (Map.Entry<String, List<PropertySheet.Item>> e : byCategory.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            PropertySheet sheet = sheets.computeIfAbsent(e.getKey(), this::newSheet);
            sheet.getItems().setAll(e.getValue());
            TitledPane pane = panes.computeIfAbsent(e.getKey(), k -> {
                TitledPane t = new TitledPane(k, sheet);
                t.setId("settings-category-" + k.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
                t.setExpanded(!EmbeddingSettings.CATEGORY.equals(k));
                t.setAnimated(false);
                return t;
            });
            shown.add(pane);
        }
        if (!categories.getChildren().equals(shown)) categories.getChildren().setAll(shown);
    }

    private PropertySheet newSheet(String category) {
        PropertySheet sheet = new PropertySheet();
        sheet.setMode(PropertySheet.Mode.NAME); // the items' own order (NAME mode does not sort them)
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(this::editorFor);
        return sheet;
    }

    private void markInvalid() {
        for (Node n : categories.lookupAll("*")) {
            if (n.getUserData() instanceof String key) {
                n.setStyle(vm.invalidKeys().contains(key) ? "-fx-border-color: -error-text; -fx-border-width: 2;" : "");
            }
        }
        // a wrong value in a folded category must still be findable: open it
        for (String key : vm.invalidKeys()) {
            Setting s = vm.get(key);
            TitledPane p = s == null ? null : panes.get(s.category());
            if (p != null && !p.isExpanded()) p.setExpanded(true);
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
    static final class NumberEditor extends AbstractPropertyEditor<Object, TextField> {
        private final Class<?> type;
        private ObjectProperty<Object> value;

        NumberEditor(PropertySheet.Item item, Class<?> type) {
            super(item, new TextField());
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
        protected ObservableValue<Object> getObservableValue() {
            if (value == null) value = new SimpleObjectProperty<>();
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
