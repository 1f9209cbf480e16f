package org.archipelago.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.archipelago.shared.ActionRefused;

/** An e-mail address as typed, with the case-insensitive key the academy keeps it unique by. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new ActionRefused("error.invalidEmail");
        }
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.strip().length() <= 254
                && SHAPE.matcher(candidate.strip()).matches();
    }
}
