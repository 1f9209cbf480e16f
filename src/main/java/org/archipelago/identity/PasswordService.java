package org.archipelago.identity;

import java.time.Clock;
import java.time.Duration;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Principals;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting, resetting and changing passwords. */
@Service
public class PasswordService {

    private static final Duration RESET_COOL_DOWN = Duration.ofMinutes(2);

    private final UserAccounts accounts;
    private final PasswordLinks links;
    private final PasswordEncoder encoder;
    private final IdentityMails mails;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordService(
            UserAccounts accounts,
            PasswordLinks links,
            PasswordEncoder encoder,
            IdentityMails mails,
            SignInThrottle throttle,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.encoder = encoder;
        this.mails = mails;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Sends a reset link when an open account has this address. It answers the same way whether or not one exists,
     * so the form cannot be used to find out who is a member; repeated requests within two minutes send nothing.
     */
    @Transactional
    public void requestReset(String email) {
        if (!EmailAddress.isValid(email)) {
            throw new ActionRefused("error.invalidEmail");
        }
        accounts.findByEmailKey(new EmailAddress(email).key())
                .filter(a -> a.status() != AccountStatus.DEACTIVATED)
                .filter(a -> !links.issuedRecently(a, RESET_COOL_DOWN))
                .ifPresent(mails::passwordReset);
    }

    @Transactional
    public TokenState check(String token) {
        return links.state(token);
    }

    /** Sets the password through a one-time link; the link is spent, and any other open link of the account too. */
    @Transactional
    public void setPassword(String token, String password) {
        PasswordToken t = links.find(token).orElseThrow(() -> new ActionRefused("error.token.UNKNOWN"));
        TokenState state = links.state(t);
        if (state != TokenState.VALID) {
            throw new ActionRefused("error.token." + state.name());
        }
        UserAccount account = accounts.findById(t.userId()).orElseThrow(() -> new ActionRefused("error.token.UNKNOWN"));
        PasswordPolicy.check(password, new EmailAddress(account.email()));
        account.setPassword(encoder.encode(password));
        t.use(clock.instant());
        accounts.save(account);
        throttle.forget(account.email());
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changePassword(String current, String replacement) {
        UserAccount account = accounts.findById(Principals.require().userId())
                .orElseThrow(() -> new ActionRefused("error.signInRequired"));
        if (account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            throw new ActionRefused("error.password.currentWrong");
        }
        PasswordPolicy.check(replacement, new EmailAddress(account.email()));
        account.setPassword(encoder.encode(replacement));
    }
}
