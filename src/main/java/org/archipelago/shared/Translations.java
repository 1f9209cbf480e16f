package org.archipelago.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The one source of user-visible text, for views (as Vaadin's {@link I18NProvider}) and for services that write
 * e-mails. Bundles: {@code vaadin-i18n/translations[_es|_nl].properties}; English is the base bundle.
 */
@Component
public class Translations implements I18NProvider {

    private static final List<Locale> LOCALES =
            Arrays.stream(Language.values()).map(Language::locale).toList();

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, Language.orEnglish(locale).locale());
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    /** The text of a key in one of the working languages. */
    public String get(Language language, String key, Object... params) {
        return getTranslation(key, language.locale(), params);
    }
}
