package org.archipelago;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a member in the security context of the current thread, for service tests that run without Vaadin. */
public final class SignedIn {

    private SignedIn() {}

    public static void as(UserDetailsService users, String email) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Makes the static holder use this application context's strategy. The test suite runs two Spring contexts (H2
     * and PostgreSQL), and each installs a Vaadin-aware strategy of its own as it starts; a test must sign in through
     * the one its context's method security reads.
     */
    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
