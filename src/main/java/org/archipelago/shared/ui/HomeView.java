package org.archipelago.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.HomeSection;
import org.archipelago.shared.Principals;

/** The personal landing page: a greeting and what each module has for this user. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(List<HomeSection> sections) {
        addClassName("home");
        AcademyPrincipal user = Principals.require();
        add(new H2(getTranslation("home.greeting", user.displayName())));
        add(new Paragraph(getTranslation("home.intro")));
        Div cards = new Div();
        cards.addClassName("cards");
        sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(s -> s.render(user))
                .flatMap(Optional::stream)
                .forEach(cards::add);
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
