package org.archipelago.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded change, as the audit browser shows it. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        @Nullable String actorEmail,
        String action,
        String targetType,
        @Nullable String targetId,
        @Nullable String targetLabel,
        @Nullable String country,
        @Nullable String before,
        @Nullable String after) {}
