package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.archipelago.identity.EmailAddress;
import org.archipelago.identity.PasswordService;

/** Asks for a reset link. The answer is the same whether or not the address belongs to a member. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordService passwords) {
        addClassName("narrow-page");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        Div error = new Div();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("forgot.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (!EmailAddress.isValid(email.getValue())) {
                error.setText(getTranslation("error.invalidEmail"));
                return;
            }
            passwords.requestReset(email.getValue());
            removeAll();
            add(
                    new H2(getTranslation("forgot.sentTitle")),
                    new Paragraph(getTranslation("forgot.sent")),
                    new Anchor("login", getTranslation("join.backToSignIn")));
        });
        add(
                new H2(getTranslation("forgot.title")),
                new Paragraph(getTranslation("forgot.intro")),
                email,
                error,
                send,
                new Anchor("login", getTranslation("join.backToSignIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + getTranslation("app.name");
    }
}
