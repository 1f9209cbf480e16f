package org.archipelago.identity;

import org.archipelago.notification.Mail;
import org.archipelago.notification.Outbox;
import org.archipelago.shared.AcademyProperties;
import org.archipelago.shared.Language;
import org.archipelago.shared.Translations;
import org.springframework.stereotype.Component;

/** The identity module's e-mails, each written in its recipient's language. */
@Component
class IdentityMails {

    private final Outbox outbox;
    private final Translations translations;
    private final AcademyProperties properties;

    IdentityMails(Outbox outbox, Translations translations, AcademyProperties properties) {
        this.outbox = outbox;
        this.translations = translations;
        this.properties = properties;
    }

    void welcome(String email, String name, Language language, String token) {
        send(email, language, "mail.welcome", name, link(token));
    }

    void invitation(String email, String name, Language language, String token) {
        send(email, language, "mail.invitation", name, link(token));
    }

    void rejection(String email, String name, Language language) {
        send(email, language, "mail.rejection", name);
    }

    void alreadyKnown(String email, String name, Language language) {
        send(email, language, "mail.alreadyKnown", name, properties.link("/forgot-password"));
    }

    void passwordReset(String email, String name, Language language, String token) {
        send(email, language, "mail.reset", name, link(token));
    }

    private String link(String token) {
        return properties.link("/password/" + token);
    }

    private void send(String email, Language language, String key, Object... args) {
        String academy = translations.get(language, "app.name");
        outbox.send(new Mail(
                email,
                language,
                translations.get(language, key + ".subject", academy),
                translations.get(language, key + ".body", args)));
    }
}
