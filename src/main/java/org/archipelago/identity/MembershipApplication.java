package org.archipelago.identity;

import org.archipelago.shared.Language;

/** What a person gives when asking to join the academy. */
public record MembershipApplication(
        String displayName,
        String email,
        String country,
        String organisation,
        Sector sector,
        Language language,
        String reason) {}
