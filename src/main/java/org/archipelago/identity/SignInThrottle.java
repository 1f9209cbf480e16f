package org.archipelago.identity;

import java.time.Clock;
import org.archipelago.shared.AcademyProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and locks it for a while after too many in a row. */
@Component
class SignInThrottle {

    private final UserAccounts accounts;
    private final AcademyProperties properties;
    private final Clock clock;

    SignInThrottle(UserAccounts accounts, AcademyProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (!EmailAddress.isValid(name)) {
            return;
        }
        accounts.findByEmailKey(new EmailAddress(name).key())
                .ifPresent(a -> a.recordFailedSignIn(
                        clock.instant(),
                        properties.signIn().maxFailures(),
                        properties.signIn().lockDuration()));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AcademyUser user) {
            accounts.findById(user.userId()).ifPresent(a -> a.recordSignIn(clock.instant()));
        }
    }
}
