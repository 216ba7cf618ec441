package org.sparsegnn.app.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The window's look: theme, zoom (1.0–2.0, fonts and charts) and presenter mode. Views restyle on change. */
public final class Appearance {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    /** The settings pane hidden on its own (presenter mode hides it too). */
    private final BooleanProperty settingsHidden = new SimpleBooleanProperty(false);

    public ObjectProperty<Theme> themeProperty() { return theme; }
    public DoubleProperty zoomProperty() { return zoom; }
    public BooleanProperty presenterProperty() { return presenter; }
    public BooleanProperty settingsHiddenProperty() { return settingsHidden; }

    /** Whether the settings pane is out of the way: hidden on its own or by presenter mode. */
    public boolean settingsPaneHidden() { return presenter.get() || settingsHidden.get(); }
    public Theme theme() { return theme.get(); }
    public double zoom() { return zoom.get(); }

    /** Calls {@code r} now and whenever theme or zoom change. */
    public void onChange(Runnable r) {
        theme.addListener((o, a, v) -> r.run());
        zoom.addListener((o, a, v) -> r.run());
        r.run();
    }
}
