package org.archipelago.identity;

import java.time.ZoneId;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;
import org.archipelago.shared.Principals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users read and change about their own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    private final UserAccounts accounts;
    private final UserSummaries summaries;

    MyAccount(UserAccounts accounts, UserSummaries summaries) {
        this.accounts = accounts;
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    public UserSummary me() {
        return summaries.of(mine());
    }

    /** Name, language and time zone are the holder's own; country, organisation and sector are vetted. */
    @Transactional
    public void updatePreferences(String displayName, Language language, ZoneId zoneId) {
        UserAccount a = mine();
        var p = a.profile();
        a.updateProfile(
                new UserAccount.Profile(displayName, p.country(), p.organisationId(), p.sector(), language, zoneId));
    }

    private UserAccount mine() {
        return accounts.findById(Principals.require().userId())
                .orElseThrow(() -> new ActionRefused("error.signInRequired"));
    }
}
