package org.archipelago.identity;

import org.archipelago.shared.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the language a user picks in the shell as their preference, for the next sign-in and for e-mails. */
@Component
class LanguagePreference {

    private final UserAccounts accounts;

    LanguagePreference(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    void on(LanguageChosen event) {
        accounts.findById(event.userId()).ifPresent(a -> a.chooseLanguage(event.language()));
    }
}
