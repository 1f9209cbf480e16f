package org.archipelago.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select m.id from OutboxMessage m where m.sentAt is null and m.attempts < :maxAttempts and m.id > :after"
            + " order by m.id")
    List<Long> pendingIdsAfter(long after, int maxAttempts, Pageable page);

    long countBySentAtIsNull();

    List<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);
}
