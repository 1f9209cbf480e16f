package org.archipelago.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Finds organisations by name within a country, creating them the first time a member names them. */
@Component
class OrganisationRegistry {

    private final Organisations organisations;

    OrganisationRegistry(Organisations organisations) {
        this.organisations = organisations;
    }

    long idOf(String country, String name) {
        return organisations
                .findByCountryAndNameIgnoreCase(country, name.strip())
                .orElseGet(() -> organisations.save(new Organisation(name, country)))
                .id();
    }

    @Nullable
    String nameOf(@Nullable Long id) {
        return id == null
                ? null
                : organisations.findById(id).map(Organisation::name).orElse(null);
    }

    /** Names of several organisations in one query, by id. */
    Map<Long, String> namesOf(Collection<Long> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    List<String> namesIn(String country) {
        return organisations.findByCountryOrderByName(country).stream()
                .map(Organisation::name)
                .toList();
    }
}
