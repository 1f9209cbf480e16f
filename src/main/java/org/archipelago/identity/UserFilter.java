package org.archipelago.identity;

import org.jspecify.annotations.Nullable;

/** Which accounts to list; every part is optional. {@code text} matches name, e-mail and organisation. */
public record UserFilter(
        @Nullable String text,
        @Nullable String country,
        @Nullable Sector sector,
        @Nullable Role role,
        @Nullable AccountStatus status) {

    public static UserFilter all() {
        return new UserFilter(null, null, null, null, null);
    }

    UserFilter inCountry(String scope) {
        return new UserFilter(text, scope, sector, role, status);
    }
}
