package org.archipelago.identity;

import org.springframework.stereotype.Component;

/** Turns accounts into the summaries the identity module hands out, with the organisation's name filled in. */
@Component
class UserSummaries {

    private final OrganisationRegistry organisations;

    UserSummaries(OrganisationRegistry organisations) {
        this.organisations = organisations;
    }

    UserSummary of(UserAccount a) {
        return new UserSummary(
                a.id(),
                a.version(),
                a.email(),
                a.displayName(),
                a.country(),
                organisations.nameOf(a.organisationId()),
                a.sector(),
                a.language(),
                a.zoneId(),
                a.status(),
                a.roles(),
                a.lastSignIn(),
                a.createdAt());
    }
}
