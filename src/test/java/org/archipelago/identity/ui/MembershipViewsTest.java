package org.archipelago.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.archipelago.KaribuTest;
import org.archipelago.identity.AccountStatus;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.notification.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person asks to join, their coordinator approves, and they set their password through the link: all in the UI. */
class MembershipViewsTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Test
    void from_request_to_approval_to_first_password() {
        String email = Members.uniqueEmail("keisha");
        navigate("join", JoinView.class);
        fillJoinForm("Keisha Brown", email, "JM");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(_get(H2.class).getText()).isEqualTo("Thank you");

        signIn(members.active("JM", Role.COORDINATOR));
        navigate("admin/membership", MembershipRequestsView.class);
        var card = _get(H3.class, spec -> spec.withText("Keisha Brown · " + email))
                .getParent()
                .orElseThrow();
        _setValue(_get(card, TextArea.class), "Vouched for by the taskforce");
        _click(_get(card, Button.class, spec -> spec.withText("Approve")));
        NotificationsKt.expectNotifications("Keisha Brown is approved and will receive a link to set a password.");
        assertThat(_find(H3.class, spec -> spec.withText("Keisha Brown · " + email)))
                .isEmpty();
        assertThat(members.statusOf(email)).isEqualTo(AccountStatus.PENDING);

        signOut();
        String token = mailbox.passwordToken(email);
        navigate("password/" + token, SetPasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "blue mountain coffee beans");
        _setValue(
                _get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")),
                "blue mountain coffee beans");
        _click(_get(Button.class, spec -> spec.withText("Save password")));
        assertThat(_get(H2.class).getText()).isEqualTo("Password saved");
        assertThat(members.statusOf(email)).isEqualTo(AccountStatus.ACTIVE);

        navigate("password/" + token, SetPasswordView.class);
        assertThat(_get(Paragraph.class).getText()).startsWith("This link has already been used.");
    }

    @Test
    void the_join_form_says_what_is_missing_and_answers_a_known_address_like_any_other() {
        navigate("join", JoinView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Half Filled");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(_get(Div.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Please fill in every required field.");

        String taken = members.active("JM", Role.TRAINEE);
        fillJoinForm("Someone Else", taken, "JM");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(_get(H2.class).getText()).isEqualTo("Thank you");
        assertThat(mailbox.latest(taken).orElseThrow().body()).contains("already has an account or a request");
    }

    @Test
    void an_unknown_link_explains_itself_and_offers_a_new_one() {
        navigate("password/made-up-token", SetPasswordView.class);
        assertThat(_get(Paragraph.class).getText()).startsWith("This link is not valid.");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void fillJoinForm(String name, String email, String country) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Work e-mail")), email);
        _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Country or territory")), country);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisation or agency")), "Marine Police");
        _setValue((ComboBox<Sector>) _get(ComboBox.class, spec -> spec.withLabel("Sector")), Sector.LAW_ENFORCEMENT);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Why do you want to join?")), "Port inspections.");
    }
}
