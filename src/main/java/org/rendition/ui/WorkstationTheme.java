package org.rendition.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of every Rendition window: AtlantaFX's Primer Light, under workstation.css. */
public final class WorkstationTheme {
    private WorkstationTheme() {
    }

    /** Sets the theme for the whole application; call on the FX thread before the first window. */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
