package org.archipelago.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;

/** An account as user management shows it. */
public record UserSummary(
        long id,
        long version,
        String email,
        String displayName,
        String country,
        @Nullable String organisation,
        Sector sector,
        Language language,
        ZoneId zoneId,
        AccountStatus status,
        Set<Role> roles,
        @Nullable Instant lastSignIn,
        Instant createdAt) {}
