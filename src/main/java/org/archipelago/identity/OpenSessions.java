package org.archipelago.identity;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.archipelago.shared.Principals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The Vaadin sessions each signed-in member has open on this node, so that they can be ended when the member's access
 * shrinks: the HTTP session is invalidated after the change commits, and the member's next click leads to sign-in.
 * (Spring Security's concurrent-session control would do this too, but it raced with Vaadin's requests during
 * sign-in.) With several nodes, each node must hear of the change; see docs/decisions.md.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private final Map<Long, Set<VaadinSession>> byMember = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> Principals.current()
                        .ifPresent(p -> byMember.computeIfAbsent(p.userId(), id -> ConcurrentHashMap.newKeySet())
                                .add(e.getUI().getSession())));
        event.getSource().addSessionDestroyListener(e -> byMember.values().forEach(s -> s.remove(e.getSession())));
    }

    @TransactionalEventListener
    void on(MemberAccessChanged event) {
        Set<VaadinSession> sessions = byMember.remove(event.userId());
        if (sessions != null) {
            sessions.forEach(
                    session -> session.access(() -> session.getSession().invalidate()));
        }
    }

    /** How many sessions of the member this node knows, for tests. */
    int count(long userId) {
        return byMember.getOrDefault(userId, Set.of()).size();
    }
}
