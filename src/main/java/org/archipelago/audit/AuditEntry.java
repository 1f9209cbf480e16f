package org.archipelago.audit;

import org.jspecify.annotations.Nullable;

/**
 * One administrative change to record.
 *
 * @param action what was done, as a stable code such as {@code user.roles}
 * @param targetType the kind of thing changed, such as {@code user}
 * @param targetId its id
 * @param targetLabel how a person recognises it (an e-mail address, a course code)
 * @param country the country it belongs to, so coordinators' actions can be traced by country
 * @param before its state before the change, as short text
 * @param after its state after
 */
public record AuditEntry(
        String action,
        String targetType,
        @Nullable String targetId,
        @Nullable String targetLabel,
        @Nullable String country,
        @Nullable String before,
        @Nullable String after) {}
