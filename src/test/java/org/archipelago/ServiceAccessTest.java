package org.archipelago;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.archipelago.audit.AuditFilter;
import org.archipelago.audit.AuditLog;
import org.archipelago.identity.Members;
import org.archipelago.identity.MembershipService;
import org.archipelago.identity.Role;
import org.archipelago.identity.UserDirectory;
import org.archipelago.identity.UserFilter;
import org.archipelago.notification.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A view is not a security boundary: the services refuse callers without the role, whatever calls them. */
@H2Test
class ServiceAccessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Members members;

    @Autowired
    AuditLog audit;

    @Autowired
    Outbox outbox;

    @Autowired
    UserDirectory directory;

    @Autowired
    MembershipService membership;

    @BeforeEach
    void useThisContextsSecurity() {
        SignedIn.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_trainee_is_refused_every_administrative_service() {
        SignedIn.as(users, members.active("JM", Role.TRAINEE, Role.TRAINER));
        assertThatThrownBy(() -> audit.search(AuditFilter.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.recent(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.search(UserFilter.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membership.approve(1, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_is_refused_the_administrators_services() {
        SignedIn.as(users, members.active("JM", Role.COORDINATOR));
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(outbox::unsent).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_refused_too() {
        assertThatThrownBy(() -> directory.count(UserFilter.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> membership.pending()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
