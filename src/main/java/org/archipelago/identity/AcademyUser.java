package org.archipelago.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, kept in the HTTP session; a snapshot of the account taken at sign-in. */
final class AcademyUser implements UserDetails, AcademyPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final Language language;
    private final String zoneId;
    private final String country;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    AcademyUser(UserAccount account) {
        this.userId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.language = account.language();
        this.zoneId = account.zoneId().getId();
        this.country = account.country();
        this.roles = account.roles();
        this.enabled = account.status() == AccountStatus.ACTIVE;
        this.passwordHash = account.passwordHash();
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public ZoneId zoneId() {
        return ZoneId.of(zoneId);
    }

    @Override
    public String country() {
        return country;
    }

    Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcademyUser u && u.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return email;
    }
}
