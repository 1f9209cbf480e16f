package org.archipelago.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.stream.Collectors;
import org.archipelago.identity.Countries;
import org.archipelago.identity.MembershipService;
import org.archipelago.identity.MyAccount;
import org.archipelago.identity.Role;
import org.archipelago.identity.UserSummary;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.HomeSection;
import org.archipelago.shared.Principals;
import org.archipelago.shared.ui.Card;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the identity module puts on the landing page: the member's own profile, and requests waiting for a decision. */
@Configuration(proxyBeanMethods = false)
class IdentityHome {

    @Bean
    HomeSection profileSection(MyAccount account) {
        return new HomeSection() {
            @Override
            public int order() {
                return 100;
            }

            @Override
            public Optional<Component> render(AcademyPrincipal user) {
                UserSummary me = account.me();
                UI ui = UI.getCurrent();
                String roles = me.roles().stream()
                        .sorted()
                        .map(r -> ui.getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", "));
                return Optional.of(new Card(
                        ui.getTranslation("home.profile"),
                        new Paragraph(ui.getTranslation(
                                "home.profileText",
                                roles,
                                me.organisation() == null ? "" : me.organisation(),
                                Countries.name(me.country(), ui.getLocale()),
                                ui.getTranslation(me.sector().messageKey()))),
                        new Anchor("profile", ui.getTranslation("home.editProfile"))));
            }
        };
    }

    @Bean
    HomeSection membershipSection(MembershipService membership) {
        return new HomeSection() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public Optional<Component> render(AcademyPrincipal user) {
                if (!Principals.hasRole(Role.Names.ADMINISTRATOR) && !Principals.hasRole(Role.Names.COORDINATOR)) {
                    return Optional.empty();
                }
                UI ui = UI.getCurrent();
                long waiting = membership.pendingCount();
                return Optional.of(new Card(
                        ui.getTranslation("nav.membership"),
                        new Paragraph(ui.getTranslation("home.requestsWaiting", waiting)),
                        new Anchor("admin/membership", ui.getTranslation("home.openRequests"))));
            }
        };
    }
}
