package org.archipelago.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEvents extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {}
