package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.archipelago.identity.AccountStatus;
import org.archipelago.identity.Countries;
import org.archipelago.identity.MemberDetails;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.identity.UserDirectory;
import org.archipelago.identity.UserSummary;
import org.archipelago.shared.Language;
import org.archipelago.shared.ui.Attempt;
import org.archipelago.shared.ui.Notifier;
import org.jspecify.annotations.Nullable;

/** Invites a new member (when {@code user} is null) or edits one; refusals from the service are shown as they come. */
class UserEditor extends Dialog {

    private final UserDirectory directory;
    private final @Nullable UserSummary user;
    private final Runnable onSaved;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final ComboBox<String> country;
    private final ComboBox<String> organisation = new ComboBox<>();
    private final ComboBox<Sector> sector;
    private final Select<Language> language;
    private final ComboBox<ZoneId> zone;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    UserEditor(UserDirectory directory, @Nullable UserSummary user, Runnable onSaved) {
        this.directory = directory;
        this.user = user;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(user == null ? "users.invite" : "users.edit"));
        setWidth("min(48rem, 100vw)");

        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(254);
        name.setLabel(getTranslation("users.name"));
        name.setMaxLength(120);
        country = IdentityFields.country(getTranslation("users.country"));
        zone = IdentityFields.zone(getTranslation("users.timeZone"));
        organisation.setLabel(getTranslation("users.organisation"));
        organisation.setAllowCustomValue(true);
        organisation.addCustomValueSetListener(e -> organisation.setValue(e.getDetail()));
        country.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                organisation.setItems(directory.organisationsIn(e.getValue()));
                if (e.isFromClient()) {
                    zone.setValue(Countries.defaultZone(e.getValue()));
                }
            }
        });
        sector = IdentityFields.sector(getTranslation("users.sector"));
        language = IdentityFields.language(getTranslation("users.language"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        FormLayout form = new FormLayout(email, name, country, organisation, sector, language, zone, roles);
        form.setColspan(roles, 2);
        add(form);
        if (user == null) {
            language.setValue(Language.orEnglish(getLocale()));
            roles.setValue(EnumSet.of(Role.TRAINEE));
        } else {
            fill(user);
        }

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (user != null) {
            addStatusActions(user);
        }
    }

    private void fill(UserSummary u) {
        email.setValue(u.email());
        email.setReadOnly(true);
        name.setValue(u.displayName());
        country.setValue(u.country());
        if (u.organisation() != null) {
            organisation.setValue(u.organisation());
        }
        sector.setValue(u.sector());
        language.setValue(u.language());
        zone.setValue(u.zoneId());
        roles.setValue(u.roles());
        add(new Paragraph(
                getTranslation("users.statusIs", getTranslation(u.status().messageKey()))));
    }

    private void addStatusActions(UserSummary u) {
        if (u.status() == AccountStatus.DEACTIVATED) {
            getFooter().addComponentAsFirst(new Button(getTranslation("users.reactivate"), e -> {
                if (Attempt.run(() -> directory.reactivate(u.id(), u.version()))) {
                    done("users.reactivated");
                }
            }));
        } else {
            Button deactivate = new Button(getTranslation("users.deactivate"), e -> {
                if (Attempt.run(() -> directory.deactivate(u.id(), u.version()))) {
                    done("users.deactivated");
                }
            });
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(deactivate);
        }
        if (u.status() == AccountStatus.PENDING) {
            getFooter().addComponentAsFirst(new Button(getTranslation("users.resend"), e -> {
                if (Attempt.run(() -> directory.resendInvitation(u.id()))) {
                    done("users.resent");
                }
            }));
        }
    }

    private void save() {
        if (name.isEmpty()
                || country.isEmpty()
                || organisation.isEmpty()
                || sector.isEmpty()
                || zone.isEmpty()
                || email.isEmpty()) {
            Notifier.error(getTranslation("error.fillRequired"));
            return;
        }
        Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        var details = new MemberDetails(
                name.getValue(),
                country.getValue(),
                organisation.getValue(),
                sector.getValue(),
                language.getValue(),
                zone.getValue(),
                chosen);
        if (user == null) {
            if (Attempt.run(() -> directory.invite(email.getValue(), details))) {
                done("users.invited");
            }
        } else if (Attempt.run(() -> directory.update(user.id(), user.version(), details))) {
            done("users.saved");
        }
    }

    private void done(String messageKey) {
        Notifier.success(getTranslation(messageKey));
        onSaved.run();
        close();
    }
}
