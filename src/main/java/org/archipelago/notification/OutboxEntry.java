package org.archipelago.notification;

import java.time.Instant;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;

/** A message in the outbox, as administrators see it. */
public record OutboxEntry(
        long id,
        String recipient,
        Language language,
        String subject,
        String body,
        Instant createdAt,
        @Nullable Instant sentAt,
        int attempts,
        @Nullable String lastError) {

    OutboxEntry withBody(String newBody) {
        return new OutboxEntry(id, recipient, language, subject, newBody, createdAt, sentAt, attempts, lastError);
    }
}
