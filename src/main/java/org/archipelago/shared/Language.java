package org.archipelago.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The academy's three working languages. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.of("es")),
    NL(Locale.of("nl"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The working language that matches a locale, if any. */
    public static Optional<Language> of(Locale locale) {
        return Arrays.stream(values())
                .filter(l -> l.code().equals(locale.getLanguage()))
                .findFirst();
    }

    /** The working language for a locale, English when the academy has none that matches. */
    public static Language orEnglish(Locale locale) {
        return of(locale).orElse(EN);
    }
}
