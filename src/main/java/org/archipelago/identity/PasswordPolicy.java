package org.archipelago.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.archipelago.shared.ActionRefused;

/**
 * What a password must be: long rather than complicated, short enough for bcrypt (after NIST SP 800-63B), not one of the passwords every
 * attacker tries first, and not built from the holder's own e-mail address.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes; accented letters take two in UTF-8. */
    private static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "123456789012",
            "password1234",
            "passwordpassword",
            "qwertyuiopas",
            "111111111111",
            "123123123123",
            "iloveyou1234",
            "administrator",
            "welcome12345",
            "archipelago1",
            "archipelago123",
            "changeme1234",
            "letmein12345",
            "abc123abc123",
            "qwerty123456");

    private PasswordPolicy() {}

    static void check(String password, EmailAddress owner) {
        if (password.length() < MIN_LENGTH) {
            throw new ActionRefused("error.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ActionRefused("error.password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() < 5) {
            throw new ActionRefused("error.password.tooCommon");
        }
        String local = owner.localPart().toLowerCase(Locale.ROOT);
        if (local.length() >= 4 && lower.contains(local)) {
            throw new ActionRefused("error.password.containsEmail");
        }
    }
}
