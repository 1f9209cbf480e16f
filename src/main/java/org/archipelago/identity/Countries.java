package org.archipelago.identity;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.archipelago.shared.ActionRefused;

/**
 * The countries and territories of the network (ISO 3166 alpha-2) with the time zone most of their people live in,
 * plus the regional partners. Names come from the JDK's locale data, in the viewer's language.
 */
public final class Countries {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("AI", "America/Anguilla"),
            Map.entry("AG", "America/Antigua"),
            Map.entry("AW", "America/Aruba"),
            Map.entry("BS", "America/Nassau"),
            Map.entry("BB", "America/Barbados"),
            Map.entry("BZ", "America/Belize"),
            Map.entry("BM", "Atlantic/Bermuda"),
            Map.entry("BQ", "America/Kralendijk"),
            Map.entry("VG", "America/Tortola"),
            Map.entry("KY", "America/Cayman"),
            Map.entry("CU", "America/Havana"),
            Map.entry("CW", "America/Curacao"),
            Map.entry("DM", "America/Dominica"),
            Map.entry("DO", "America/Santo_Domingo"),
            Map.entry("GD", "America/Grenada"),
            Map.entry("GP", "America/Guadeloupe"),
            Map.entry("GF", "America/Cayenne"),
            Map.entry("GY", "America/Guyana"),
            Map.entry("HT", "America/Port-au-Prince"),
            Map.entry("JM", "America/Jamaica"),
            Map.entry("MQ", "America/Martinique"),
            Map.entry("MS", "America/Montserrat"),
            Map.entry("PR", "America/Puerto_Rico"),
            Map.entry("BL", "America/St_Barthelemy"),
            Map.entry("KN", "America/St_Kitts"),
            Map.entry("LC", "America/St_Lucia"),
            Map.entry("MF", "America/Marigot"),
            Map.entry("VC", "America/St_Vincent"),
            Map.entry("SX", "America/Lower_Princes"),
            Map.entry("SR", "America/Paramaribo"),
            Map.entry("TT", "America/Port_of_Spain"),
            Map.entry("TC", "America/Grand_Turk"),
            Map.entry("VI", "America/St_Thomas"),
            // Regional and international partners of the network.
            Map.entry("CA", "America/Toronto"),
            Map.entry("CO", "America/Bogota"),
            Map.entry("CR", "America/Costa_Rica"),
            Map.entry("MX", "America/Mexico_City"),
            Map.entry("PA", "America/Panama"),
            Map.entry("VE", "America/Caracas"),
            Map.entry("US", "America/New_York"),
            Map.entry("GB", "Europe/London"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("ES", "Europe/Madrid"));

    private Countries() {}

    /** Every code, sorted by the country's name in the given language. */
    public static List<String> codes(Locale locale) {
        return ZONES.keySet().stream()
                .sorted(Comparator.comparing(code -> name(code, locale)))
                .toList();
    }

    public static boolean isKnown(String code) {
        return ZONES.containsKey(code);
    }

    public static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    public static ZoneId defaultZone(String code) {
        return ZoneId.of(ZONES.getOrDefault(code, "America/Port_of_Spain"));
    }

    static String require(String code) {
        if (!isKnown(code)) {
            throw new ActionRefused("error.unknownCountry", code);
        }
        return code;
    }
}
