package com.acme.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;

@Route("login")
@PageTitle("Sign in | Acme Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout {

    static final String ACCESS_TOKEN_KEY = "access_token";

    private final PortalApiClient apiClient;

    public LoginView(PortalApiClient apiClient, UserPreferences preferences) {
        this.apiClient = apiClient;
        setSizeFull();
        setAlignItems(Alignment.CENTER);

        LoginForm form = new LoginForm();
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            Optional<TokenPair> tokens = apiClient.login(event.getUsername(), event.getPassword());
            if (tokens.isEmpty()) {
                form.setError(true);
                return;
            }
            TokenPair pair = tokens.get();
            Page page = UI.getCurrent().getPage();

            // expect: jwt-in-browser-storage
            page.executeJs("window.localStorage.setItem($0, $1)", ACCESS_TOKEN_KEY, pair.accessToken());
            // expect: jwt-in-browser-storage
            page.executeJs("sessionStorage.setItem('refreshToken', $0)", pair.refreshToken());
            // safe: jwt-in-browser-storage
            page.executeJs("window.localStorage.setItem('theme', $0)", preferences.theme().name().toLowerCase());

            // safe: jwt-in-browser-storage
            VaadinSession.getCurrent().setAttribute(TokenPair.class, pair);
            UI.getCurrent().navigate("dashboard");
        });

        add(new H1("Acme Portal"), form);
    }
}
