package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.archipelago.identity.Countries;
import org.archipelago.identity.MyAccount;
import org.archipelago.identity.PasswordService;
import org.archipelago.identity.UserSummary;
import org.archipelago.shared.Language;
import org.archipelago.shared.ui.Attempt;
import org.archipelago.shared.ui.LanguageSwitcher;
import org.archipelago.shared.ui.Notifier;

/** A member's own account: what the academy knows of them, their preferences, and their password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public ProfileView(MyAccount account, PasswordService passwords) {
        addClassName("narrow-page");
        UserSummary me = account.me();
        add(new H2(getTranslation("profile.title")));

        FormLayout vetted = new FormLayout(
                readOnly("profile.email", me.email()),
                readOnly("profile.country", Countries.name(me.country(), getLocale())),
                readOnly("profile.organisation", me.organisation() == null ? "" : me.organisation()),
                readOnly("profile.sector", getTranslation(me.sector().messageKey())),
                readOnly(
                        "profile.roles",
                        me.roles().stream()
                                .map(r -> getTranslation("role." + r.name()))
                                .collect(Collectors.joining(", "))));

        TextField name = new TextField(getTranslation("profile.name"));
        name.setValue(me.displayName());
        name.setMaxLength(120);
        Select<Language> language = IdentityFields.language(getTranslation("profile.language"));
        language.setValue(me.language());
        ComboBox<ZoneId> zone = IdentityFields.zone(getTranslation("profile.timeZone"));
        zone.setValue(me.zoneId());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Attempt.run(() -> account.updatePreferences(name.getValue(), language.getValue(), zone.getValue()))) {
                LanguageSwitcher.choose(language.getValue());
                Notifier.success(getTranslation("profile.saved"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField replacement = new PasswordField(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.policy"));
        Button change = new Button(getTranslation("password.save"), e -> {
            if (Attempt.run(() -> passwords.changePassword(current.getValue(), replacement.getValue()))) {
                current.clear();
                replacement.clear();
                Notifier.success(getTranslation("password.changed"));
            }
        });

        add(
                vetted,
                new H3(getTranslation("profile.preferences")),
                new FormLayout(name, language, zone),
                save,
                new H3(getTranslation("profile.password")),
                new FormLayout(current, replacement),
                change);
    }

    private TextField readOnly(String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
