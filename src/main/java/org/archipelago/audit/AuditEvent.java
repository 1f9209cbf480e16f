package org.archipelago.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the audit trail; never changed once written. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    private static final int MAX_STATE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;
    private @Nullable Long actorId;
    private @Nullable String actorEmail;
    private String action;
    private String targetType;
    private @Nullable String targetId;
    private @Nullable String targetLabel;
    private @Nullable String country;
    private @Nullable String beforeState;
    private @Nullable String afterState;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.action = "";
        this.targetType = "";
    }

    AuditEvent(AuditEntry entry, @Nullable Long actorId, @Nullable String actorEmail, Instant now) {
        this.occurredAt = now;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = entry.targetId();
        this.targetLabel = entry.targetLabel();
        this.country = entry.country();
        this.beforeState = clip(entry.before());
        this.afterState = clip(entry.after());
    }

    private static @Nullable String clip(@Nullable String state) {
        return state == null || state.length() <= MAX_STATE ? state : state.substring(0, MAX_STATE - 1) + "…";
    }

    AuditRecord record() {
        return new AuditRecord(
                id == null ? 0 : id,
                occurredAt,
                actorEmail,
                action,
                targetType,
                targetId,
                targetLabel,
                country,
                beforeState,
                afterState);
    }
}
