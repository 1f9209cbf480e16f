package org.archipelago.identity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns accounts into the summaries the identity module hands out, with the organisation's name filled in. */
@Component
class UserSummaries {

    private final OrganisationRegistry organisations;

    UserSummaries(OrganisationRegistry organisations) {
        this.organisations = organisations;
    }

    UserSummary of(UserAccount a) {
        return of(a, organisations.nameOf(a.organisationId()));
    }

    /** A page of summaries, with the organisations' names read in one query rather than one per row. */
    List<UserSummary> of(List<UserAccount> page) {
        var names = organisations.namesOf(page.stream()
                .map(UserAccount::organisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream()
                .map(a -> of(a, a.organisationId() == null ? null : names.get(a.organisationId())))
                .toList();
    }

    private static UserSummary of(UserAccount a, @Nullable String organisation) {
        return new UserSummary(
                a.id(),
                a.version(),
                a.email(),
                a.displayName(),
                a.country(),
                organisation,
                a.sector(),
                a.language(),
                a.zoneId(),
                a.status(),
                a.roles(),
                a.lastSignIn(),
                a.createdAt());
    }
}
