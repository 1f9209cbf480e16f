package org.archipelago.identity;

/** Where an account stands: pending until its holder sets a password, then active until deactivated. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DEACTIVATED;

    public String messageKey() {
        return "status." + name();
    }
}
