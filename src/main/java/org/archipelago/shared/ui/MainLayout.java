package org.archipelago.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.LanguageChosen;
import org.archipelago.shared.Principals;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The shell around every view: navigation that lists only what the user may open, their name, the language switcher
 * and sign-out. Anonymous visitors (the public pages) see the same frame with a sign-in link.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, ApplicationEventPublisher events) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Header header = new Header(brand);
        header.addClassName("drawer-header");
        Scroller nav = new Scroller(navigation());
        addToDrawer(header, nav, footer(authentication, events));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer(AuthenticationContext authentication, ApplicationEventPublisher events) {
        Footer footer = new Footer();
        footer.addClassName("drawer-footer");
        var principal = Principals.current();
        footer.add(new LanguageSwitcher(
                language -> principal.ifPresent(p -> events.publishEvent(new LanguageChosen(p.userId(), language)))));
        if (principal.isPresent()) {
            AcademyPrincipal user = principal.get();
            Anchor profile = new Anchor("profile", user.displayName());
            profile.addClassName("user-name");
            Button signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            footer.add(profile, signOut);
        } else {
            footer.add(new Anchor("login", getTranslation("shell.signIn")));
        }
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Page titles read "View | Academy"; the navbar shows only the view's part.
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        int separator = title.indexOf(" | ");
        viewTitle.setText(separator < 0 ? title : title.substring(0, separator));
    }
}
