package org.archipelago.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.Principals;
import org.jspecify.annotations.Nullable;

/** Dates and times in the viewer's own time zone and language. */
public final class Formats {

    private Formats() {}

    public static ZoneId viewerZone() {
        return Principals.current().map(AcademyPrincipal::zoneId).orElse(ZoneId.of("UTC"));
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(viewerZone())
                .format(instant);
    }
}
