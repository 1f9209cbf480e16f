package org.archipelago.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user sees when a page fails: an apology and an incident number, never a stack trace. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph detail = new Paragraph();

    public ErrorView() {
        addClassName("message-page");
        add(new H2(getTranslation("error.title")), detail, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Incident {} while opening {}",
                incident,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        detail.setText(getTranslation("error.unexpected", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
