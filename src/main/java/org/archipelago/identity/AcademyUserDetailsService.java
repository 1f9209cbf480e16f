package org.archipelago.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in by e-mail, case-insensitively. An account without a password cannot sign in. */
@Component
class AcademyUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AcademyUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!EmailAddress.isValid(username)) {
            throw new UsernameNotFoundException("not an e-mail address");
        }
        return accounts.findByEmailKey(new EmailAddress(username).key())
                .filter(a -> a.passwordHash() != null)
                .map(AcademyUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
