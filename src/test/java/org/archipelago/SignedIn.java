package org.archipelago;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
}
