package org.archipelago.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRequests extends JpaRepository<MembershipRequest, Long> {

    boolean existsByEmailKeyAndStatus(String emailKey, MembershipRequest.Status status);

    List<MembershipRequest> findByStatusOrderBySubmittedAt(MembershipRequest.Status status);

    List<MembershipRequest> findByStatusAndCountryOrderBySubmittedAt(MembershipRequest.Status status, String country);

    long countByStatus(MembershipRequest.Status status);

    long countByStatusAndCountry(MembershipRequest.Status status, String country);
}
