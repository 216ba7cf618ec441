package org.sparsegnn.app;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.sparsegnn.app.session.ComputeThreads;

/**
 * Loads ND4J's native libraries when the test run starts, before any test starts JavaFX: JavaCPP's loader can
 * deadlock against a JavaFX thread that opens a native library at the same moment (see {@link Launcher}). The
 * tests then start like the app does.
 */
public final class Nd4jBeforeJavaFx implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ComputeThreads.limitNd4j();
        System.out.println("ND4J loaded before JavaFX: backend " + ComputeThreads.backendName());
    }
}
