package org.archipelago.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a member whose access changed, once the change has committed: their next request finds
 * the session expired and leads to the sign-in page, where they sign in with what they may do now. Sessions are
 * known per node; with several nodes each node's registry must hear of the change (see docs/decisions.md).
 */
@Component
class SessionRevocation {

    private final SessionRegistry sessions;

    SessionRevocation(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(MemberAccessChanged event) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof AcademyUser user && user.userId() == event.userId())
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
