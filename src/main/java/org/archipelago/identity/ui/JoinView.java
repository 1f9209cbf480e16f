package org.archipelago.identity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Stream;
import org.archipelago.identity.EmailAddress;
import org.archipelago.identity.MembershipApplication;
import org.archipelago.identity.MembershipService;
import org.archipelago.identity.Sector;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;

/** The public form to ask to join the academy; a coordinator of the applicant's country decides. */
@Route("join")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipService membership;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<String> country;
    private final TextField organisation = new TextField();
    private final ComboBox<Sector> sector;
    private final Select<Language> language;
    private final TextArea reason = new TextArea();
    private final Div error = new Div();

    public JoinView(MembershipService membership) {
        this.membership = membership;
        addClassName("narrow-page");
        name.setLabel(getTranslation("join.name"));
        name.setMaxLength(120);
        email.setLabel(getTranslation("join.email"));
        email.setMaxLength(254);
        country = IdentityFields.country(getTranslation("join.country"));
        organisation.setLabel(getTranslation("join.organisation"));
        organisation.setMaxLength(200);
        sector = IdentityFields.sector(getTranslation("join.sector"));
        language = IdentityFields.language(getTranslation("join.language"));
        language.setValue(Language.orEnglish(getLocale()));
        reason.setLabel(getTranslation("join.reason"));
        reason.setHelperText(getTranslation("join.reasonHelp"));
        reason.setMaxLength(2000);
        Stream.<HasValue<?, ?>>of(name, email, country, organisation, sector, reason)
                .forEach(field -> field.setRequiredIndicatorVisible(true));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout(name, email, country, organisation, sector, language, reason);
        form.setColspan(reason, 2);
        Button submit = new Button(getTranslation("join.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        add(
                new H2(getTranslation("join.title")),
                new Paragraph(getTranslation("join.intro")),
                form,
                error,
                submit,
                new Anchor("login", getTranslation("join.backToSignIn")));
    }

    private void submit() {
        error.setText("");
        if (name.isEmpty()
                || email.isEmpty()
                || country.isEmpty()
                || organisation.isEmpty()
                || sector.isEmpty()
                || reason.isEmpty()) {
            error.setText(getTranslation("error.fillRequired"));
            return;
        }
        if (!EmailAddress.isValid(email.getValue())) {
            error.setText(getTranslation("error.invalidEmail"));
            return;
        }
        try {
            membership.submit(new MembershipApplication(
                    name.getValue(),
                    email.getValue(),
                    country.getValue(),
                    organisation.getValue(),
                    sector.getValue(),
                    language.getValue(),
                    reason.getValue()));
        } catch (ActionRefused refused) {
            error.setText(getTranslation(refused.messageKey(), refused.args()));
            return;
        }
        removeAll();
        add(
                new H2(getTranslation("join.thanksTitle")),
                new Paragraph(getTranslation("join.thanks")),
                new Anchor("login", getTranslation("join.backToSignIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " | " + getTranslation("app.name");
    }
}
