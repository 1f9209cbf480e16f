package org.archipelago.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.Language;
import org.archipelago.shared.Principals;
import org.archipelago.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Sets up every UI: its language (the one chosen in this session, else the user's preference, else the browser's)
 * and an error handler that never shows a stack trace.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private final Translations translations;

    ShellInitializer(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(e -> e.getSession().setErrorHandler(new ShellErrorHandler(translations)));
        event.getSource()
                .addUIInitListener(e ->
                        e.getUI().setLocale(languageFor(e.getUI().getSession()).locale()));
    }

    private Language languageFor(VaadinSession session) {
        if (session.getAttribute(LanguageSwitcher.SESSION_LANGUAGE) instanceof Language chosen) {
            return chosen;
        }
        return Principals.current()
                .map(AcademyPrincipal::language)
                .orElseGet(() -> Language.orEnglish(session.getLocale()));
    }
}
