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
    private final PasswordLinks links;
    private final Translations translations;
    private final AcademyProperties properties;

    IdentityMails(Outbox outbox, PasswordLinks links, Translations translations, AcademyProperties properties) {
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
        this.properties = properties;
    }

    /** Tells an approved applicant, with a fresh link to set their first password. */
    void welcome(UserAccount account) {
        sendWithLink(account, "mail.welcome", PasswordToken.Purpose.SET_PASSWORD);
    }

    /** Invites someone an administrator or coordinator added, with a fresh link to set their first password. */
    void invitation(UserAccount account) {
        sendWithLink(account, "mail.invitation", PasswordToken.Purpose.SET_PASSWORD);
    }

    void passwordReset(UserAccount account) {
        sendWithLink(account, "mail.reset", PasswordToken.Purpose.RESET_PASSWORD);
    }

    void rejection(String email, String name, Language language) {
        send(email, language, "mail.rejection", name);
    }

    void alreadyKnown(String email, String name, Language language) {
        send(email, language, "mail.alreadyKnown", name, properties.link("/forgot-password"));
    }

    private void sendWithLink(UserAccount account, String key, PasswordToken.Purpose purpose) {
        String link = properties.link("/password/" + links.issue(account, purpose));
        send(account.email(), account.language(), key, account.displayName(), link);
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
