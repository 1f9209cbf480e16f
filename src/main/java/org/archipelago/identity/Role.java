package org.archipelago.identity;

/** What a person may do in the academy; a person may hold several roles. */
public enum Role {
    TRAINEE,
    TRAINER,
    /** Scoped to the coordinator's own country or territory. */
    COORDINATOR,
    ADMINISTRATOR;

    /** The name Spring Security knows the role by. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names as constants, for access annotations. */
    public static final class Names {
        public static final String TRAINEE = "TRAINEE";
        public static final String TRAINER = "TRAINER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {}
    }
}
