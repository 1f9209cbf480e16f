package org.archipelago.identity;

import java.time.Instant;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;

/** A membership request as the people who decide it see it. */
public record MembershipRequestView(
        long id,
        long version,
        String email,
        String displayName,
        String country,
        String organisation,
        Sector sector,
        Language language,
        String reason,
        String status,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {}
