package org.archipelago.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.archipelago.identity.Countries;
import org.archipelago.identity.Sector;
import org.archipelago.shared.Language;

/** Fields the identity views share: country, sector, language and time zone pickers, labelled in the UI's language. */
final class IdentityFields {

    private IdentityFields() {}

    static ComboBox<String> country(String label) {
        Locale locale = UI.getCurrent().getLocale();
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(Countries.codes(locale));
        box.setItemLabelGenerator(code -> Countries.name(code, locale));
        return box;
    }

    /** A combo box rather than a select: Vaadin's select marks its button aria-required, which axe rejects. */
    static ComboBox<Sector> sector(String label) {
        ComboBox<Sector> box = new ComboBox<>(label);
        box.setItems(Sector.values());
        box.setItemLabelGenerator(s -> s == null ? "" : UI.getCurrent().getTranslation(s.messageKey()));
        return box;
    }

    static Select<Language> language(String label) {
        Select<Language> select = new Select<>();
        select.setLabel(label);
        select.setItems(Language.values());
        select.setItemLabelGenerator(l -> l == null ? "" : l.locale().getDisplayLanguage(l.locale()));
        return select;
    }

    static ComboBox<ZoneId> zone(String label) {
        ComboBox<ZoneId> box = new ComboBox<>(label);
        List<ZoneId> zones = new TreeSet<>(ZoneId.getAvailableZoneIds())
                .stream()
                        .filter(id -> id.startsWith("America/")
                                || id.startsWith("Atlantic/")
                                || id.startsWith("Europe/")
                                || id.equals("UTC"))
                        .map(ZoneId::of)
                        .toList();
        box.setItems(zones);
        box.setItemLabelGenerator(ZoneId::getId);
        return box;
    }
}
