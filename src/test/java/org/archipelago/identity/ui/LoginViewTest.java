package org.archipelago.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.archipelago.KaribuTest;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.shared.Language;
import org.archipelago.shared.ui.HomeView;
import org.archipelago.shared.ui.LanguageSwitcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page tells a throttled or deactivated member what happened, in their language. */
class LoginViewTest extends KaribuTest {

    @Autowired
    Members members;

    @Test
    void a_throttled_account_is_told_to_wait() {
        failWith(new LockedException("throttled"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many attempts").doesNotContain("Could not sign you in");
    }

    @Test
    void a_deactivated_account_is_told_so_in_spanish() {
        LanguageSwitcher.choose(Language.ES);
        failWith(new DisabledException("deactivated"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(_get(LoginForm.class))).contains("Cuenta desactivada");
    }

    @Test
    void wrong_credentials_get_a_message_that_reveals_nothing() {
        failWith(new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(_get(LoginForm.class))).contains("Check your e-mail address and password");
    }

    @Test
    void a_signed_in_member_is_sent_home() {
        signIn(members.active("JM", Role.TRAINEE));
        UI.getCurrent().navigate("login");
        assertThat(currentView()).isEqualTo(HomeView.class);
    }

    /** The texts the sign-in form shows, as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void failWith(Exception e) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, e);
    }
}
