package org.archipelago.identity;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MembershipRequests extends JpaRepository<MembershipRequest, Long> {

    /** Locks the request while it is decided, so that a second decider waits and then finds it decided. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MembershipRequest r where r.id = :id")
    Optional<MembershipRequest> findForDecision(long id);

    boolean existsByEmailKeyAndStatus(String emailKey, MembershipRequest.Status status);

    List<MembershipRequest> findByStatusOrderBySubmittedAt(MembershipRequest.Status status);

    List<MembershipRequest> findByStatusAndCountryOrderBySubmittedAt(MembershipRequest.Status status, String country);

    long countByStatus(MembershipRequest.Status status);

    long countByStatusAndCountry(MembershipRequest.Status status, String country);
}
