package org.archipelago.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in principal from anywhere a security context is bound. */
public final class Principals {

    private Principals() {}

    public static Optional<AcademyPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AcademyPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Whether the signed-in user holds a role, by its name without the {@code ROLE_} prefix. */
    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    public static AcademyPrincipal require() {
        return current().orElseThrow(() -> new ActionRefused("error.signInRequired"));
    }
}
