package org.archipelago.identity;

import java.util.Set;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Principals;
import org.springframework.stereotype.Component;

/**
 * Who may manage whose account: administrators everyone's, coordinators only their own country's, and a coordinator
 * never hands out or takes away the administrator role.
 */
@Component
class AccountAccess {

    /** The signed-in administrator or coordinator, with the scope of their powers. */
    record Manager(long userId, String country, boolean administrator) {

        boolean mayManage(String targetCountry) {
            return administrator || country.equals(targetCountry);
        }

        /** A coordinator manages their own country's members, but never an administrator. */
        boolean mayActOn(String targetCountry, Set<Role> targetRoles) {
            return administrator || (country.equals(targetCountry) && !targetRoles.contains(Role.ADMINISTRATOR));
        }

        void requireMayManage(String targetCountry) {
            if (!mayManage(targetCountry)) {
                throw new ActionRefused("error.outsideYourCountry");
            }
        }

        void requireMayAssign(Set<Role> before, Set<Role> after) {
            boolean touchesAdministrator = before.contains(Role.ADMINISTRATOR) != after.contains(Role.ADMINISTRATOR);
            if (!administrator && touchesAdministrator) {
                throw new ActionRefused("error.cannotGrantAdministrator");
            }
        }
    }

    Manager manager() {
        var principal = Principals.require();
        boolean administrator = hasRole(Role.ADMINISTRATOR);
        if (!administrator && !hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("error.accessDenied");
        }
        return new Manager(principal.userId(), principal.country(), administrator);
    }

    private static boolean hasRole(Role role) {
        return Principals.hasRole(role.name());
    }
}
