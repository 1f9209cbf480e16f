package org.archipelago.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCountryAndNameIgnoreCase(String country, String name);

    List<Organisation> findByCountryOrderByName(String country);
}
