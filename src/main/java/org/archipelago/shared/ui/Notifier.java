package org.archipelago.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen, in the user's language (callers pass translated text). */
public final class Notifier {

    private Notifier() {}

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification n = new Notification(text, millis, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(variant);
        n.getElement().setAttribute("role", "alert");
        n.open();
    }
}
