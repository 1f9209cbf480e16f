package org.archipelago.shared.ui;

import com.vaadin.flow.component.UI;
import org.archipelago.shared.ActionRefused;

/**
 * Runs a user's action and, when the academy refuses it, tells them why in their language and leaves the screen as it
 * was, so that nothing they typed is lost.
 */
public final class Attempt {

    private Attempt() {}

    /** Whether the action went through. */
    public static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ActionRefused refused) {
            Notifier.error(UI.getCurrent().getTranslation(refused.messageKey(), refused.args()));
            return false;
        }
    }
}
