package org.archipelago.identity;

import java.time.ZoneId;
import java.util.Set;
import org.archipelago.shared.Language;

/**
 * An account's details as an administrator or coordinator sets them, when inviting someone or editing their account.
 *
 * @param organisation the organisation's name; a new name creates the organisation in that country
 */
public record MemberDetails(
        String displayName,
        String country,
        String organisation,
        Sector sector,
        Language language,
        ZoneId zoneId,
        Set<Role> roles) {}
