package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.archipelago.identity.PasswordService;
import org.archipelago.identity.TokenState;
import org.archipelago.shared.ActionRefused;

/** Where a one-time link from an e-mail leads: set a first password, or a new one after a reset. */
@Route("password/:token")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordService passwords;
    private String token = "";

    public SetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        TokenState state = passwords.check(token);
        if (state == TokenState.VALID) {
            showForm();
        } else {
            showProblem("error.token." + state.name());
        }
    }

    private void showForm() {
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.policy"));
        password.setMaxLength(128);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(128);
        Div error = new Div();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                error.setText(getTranslation("error.password.mismatch"));
                return;
            }
            try {
                passwords.setPassword(token, password.getValue());
            } catch (ActionRefused refused) {
                error.setText(getTranslation(refused.messageKey(), refused.args()));
                return;
            }
            removeAll();
            add(
                    new H2(getTranslation("password.doneTitle")),
                    new Paragraph(getTranslation("password.done")),
                    new Anchor("login", getTranslation("shell.signIn")));
        });
        add(new H2(getTranslation("password.title")), password, repeat, error, save);
    }

    private void showProblem(String key) {
        add(
                new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(key)),
                new Anchor("forgot-password", getTranslation("password.requestNew")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
