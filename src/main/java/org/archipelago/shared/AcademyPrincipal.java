package org.archipelago.shared;

import java.time.ZoneId;

/** The signed-in person as every module sees them; the identity module supplies it at sign-in. */
public interface AcademyPrincipal {

    long userId();

    String email();

    String displayName();

    Language language();

    ZoneId zoneId();

    /** ISO 3166 code of the person's country or territory. */
    String country();
}
