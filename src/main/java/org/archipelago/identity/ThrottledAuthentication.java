package org.archipelago.identity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/** Sign-in behind the throttle: paused addresses are refused first, failures counted, a success clears the count. */
class ThrottledAuthentication implements AuthenticationManager {

    private final AuthenticationManager delegate;
    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationManager delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        if (throttle.isPaused(typed)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = delegate.authenticate(attempt);
            if (result.getPrincipal() instanceof AcademyUser user) {
                throttle.succeeded(typed, user.userId());
            }
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(typed);
            throw wrong;
        }
    }
}
