package org.archipelago.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import org.archipelago.shared.Language;

/** Picks the working language for this browser session; the page is drawn again in it. */
public class LanguageSwitcher extends Select<Language> {

    static final String SESSION_LANGUAGE = "archipelago.language";

    public LanguageSwitcher(Consumer<Language> onChoice) {
        setItems(Language.values());
        setItemLabelGenerator(l -> l.locale().getDisplayLanguage(l.locale()));
        setAriaLabel(getTranslation("shell.language"));
        setValue(Language.orEnglish(UI.getCurrent().getLocale()));
        addClassName("language-switcher");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue());
                onChoice.accept(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** Remembers the language for this session and applies it to the current UI. */
    public static void choose(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_LANGUAGE, language);
        session.setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }
}
