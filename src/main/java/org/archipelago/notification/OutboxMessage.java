package org.archipelago.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String subject;
    private String body;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    private int attempts;
    private @Nullable String lastError;

    protected OutboxMessage() {
        this.recipient = "";
        this.language = Language.EN;
        this.subject = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    OutboxMessage(Mail mail, Instant now) {
        this.recipient = mail.recipient();
        this.language = mail.language();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
    }

    void sent(Instant now) {
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
    }

    void failed(String error) {
        this.attempts++;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    OutboxEntry entry() {
        return new OutboxEntry(
                id == null ? 0 : id, recipient, language, subject, body, createdAt, sentAt, attempts, lastError);
    }
}
