package org.archipelago.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import org.archipelago.KaribuTest;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.notification.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Forgotten password: ask for a link, follow it, pick a good password; mistakes are explained on the spot. */
class PasswordViewsTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    AuthenticationManager authentication;

    @Test
    void a_forgotten_password_is_reset_through_the_emailed_link() {
        String email = members.active("TT", Role.TRAINEE);
        navigate("forgot-password", ForgotPasswordView.class);
        _setValue(_get(EmailField.class), email);
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(_get(H2.class).getText()).isEqualTo("Check your e-mail");

        navigate("password/" + mailbox.passwordToken(email), SetPasswordView.class);
        setPasswords("tamarind tree by the sea", "tamarind tree by the see");
        assertThat(error()).isEqualTo("The two passwords are not the same.");
        setPasswords("short", "short");
        assertThat(error()).startsWith("Use at least 12 characters.");
        setPasswords("tamarind tree by the sea", "tamarind tree by the sea");
        assertThat(_get(H2.class).getText()).isEqualTo("Password saved");

        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "tamarind tree by the sea"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void an_expired_link_says_so() {
        String email = members.active("TT", Role.TRAINEE);
        navigate("forgot-password", ForgotPasswordView.class);
        _setValue(_get(EmailField.class), email);
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        clock.advance(Duration.ofHours(2));

        navigate("password/" + mailbox.passwordToken(email), SetPasswordView.class);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("This link has expired. Ask for a new one.");
    }

    @Test
    void the_form_refuses_an_address_that_is_not_one() {
        navigate("forgot-password", ForgotPasswordView.class);
        _setValue(_get(EmailField.class), "nobody-at-all");
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(error()).startsWith("Enter a valid e-mail address");
    }

    private void setPasswords(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), repeat);
        _click(_get(Button.class, spec -> spec.withText("Save password")));
    }

    private static String error() {
        return _get(Div.class, spec -> spec.withClasses("form-error")).getText();
    }
}
