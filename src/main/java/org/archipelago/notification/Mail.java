package org.archipelago.notification;

import org.archipelago.shared.Language;

/** An e-mail already written in its recipient's language. */
public record Mail(String recipient, Language language, String subject, String body) {

    public Mail {
        if (recipient.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient and a subject");
        }
    }
}
