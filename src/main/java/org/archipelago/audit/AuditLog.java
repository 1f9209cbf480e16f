package org.archipelago.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.Principals;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records administrative changes and lets administrators search them. */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a change made by the signed-in user (or by the system when nobody is signed in). It joins the caller's
     * transaction, so that the change and its record commit or roll back together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        var actor = Principals.current();
        events.save(new AuditEvent(
                entry,
                actor.map(AcademyPrincipal::userId).orElse(null),
                actor.map(AcademyPrincipal::email).orElse(null),
                clock.instant()));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter, Pageable page) {
        var newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("id")));
        return events.findAll(matching(filter), newestFirst).stream()
                .map(AuditEvent::record)
                .toList();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.action() != null && !filter.action().isBlank()) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("actorEmail")), like),
                        cb.like(cb.lower(root.get("targetLabel")), like)));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
