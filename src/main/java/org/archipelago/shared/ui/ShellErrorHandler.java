package org.archipelago.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import java.util.UUID;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns an exception escaping a click or a value change into a message in the user's language: the reason when the
 * academy refused something, otherwise an incident number that matches a line in the log.
 */
class ShellErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ShellErrorHandler.class);

    private final Translations translations;

    ShellErrorHandler(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        Notifier.error(messageFor(event.getThrowable(), locale()));
    }

    String messageFor(Throwable thrown, Locale locale) {
        Throwable t = knownCause(thrown);
        if (t instanceof ActionRefused refused) {
            return translations.getTranslation(refused.messageKey(), locale, refused.args());
        }
        if (t instanceof OptimisticLockingFailureException) {
            return translations.getTranslation("error.concurrentEdit", locale);
        }
        if (t instanceof AccessDeniedException) {
            return translations.getTranslation("error.accessDenied", locale);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}", incident, thrown);
        return translations.getTranslation("error.unexpected", locale, incident);
    }

    private static Throwable knownCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ActionRefused
                    || t instanceof OptimisticLockingFailureException
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return thrown;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
