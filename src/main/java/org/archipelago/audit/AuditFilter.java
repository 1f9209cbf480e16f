package org.archipelago.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What to look for in the audit trail; every part is optional. */
public record AuditFilter(
        @Nullable String action,
        @Nullable String text,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
