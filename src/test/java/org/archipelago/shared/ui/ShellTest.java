package org.archipelago.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.archipelago.KaribuTest;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;
import org.archipelago.shared.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell: navigation per role, the landing page, the language switcher and the error pages. */
class ShellTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    Translations translations;

    @Test
    void a_trainee_sees_only_what_a_trainee_may_open() {
        signIn(members.active("JM", Role.TRAINEE));
        navigate("", HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home");
    }

    @Test
    void an_administrator_sees_the_administration_and_a_landing_page_for_the_role() {
        signIn(members.active("TT", Role.ADMINISTRATOR));
        navigate("", HomeView.class);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Membership requests", "Users", "Audit trail", "Outbox");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("Membership requests", "Recent administrative changes", "E-mail", "Your membership");
    }

    @Test
    void a_coordinator_lands_on_the_requests_of_their_country() {
        signIn(members.active("JM", Role.COORDINATOR));
        navigate("", HomeView.class);
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("Membership requests", "Your membership")
                .doesNotContain("Recent administrative changes", "E-mail");
    }

    @Test
    void switching_language_redraws_in_it_and_is_kept_as_the_preference() {
        String email = members.active("AW", Role.TRAINEE);
        signIn(email);
        navigate("", HomeView.class);
        _setValue(_get(LanguageSwitcher.class), Language.NL);

        assertThat(members.languageOf(email)).isEqualTo(Language.NL);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("nl"));
        navigate("", HomeView.class);
        assertThat(_get(H2.class).getText()).startsWith("Welkom");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Start");
    }

    @Test
    void an_unexpected_failure_reaches_the_user_as_an_incident_number_and_never_as_a_trace() {
        var handler = new ShellErrorHandler(translations);
        String message = handler.messageFor(new IllegalStateException("secret internals at line 42"), Locale.ENGLISH);
        assertThat(message)
                .startsWith("We could not complete this.")
                .matches(".*incident [0-9a-f]{8}.*")
                .doesNotContain("secret", "IllegalStateException");
        assertThat(handler.messageFor(new RuntimeException(new ActionRefused("error.notFound")), Locale.of("es")))
                .isEqualTo(translations.get(Language.ES, "error.notFound"));
    }
}
