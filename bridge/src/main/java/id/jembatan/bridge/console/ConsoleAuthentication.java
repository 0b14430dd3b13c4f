package id.jembatan.bridge.console;

import id.jembatan.support.state.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The console's login: the accounts' bcrypt check, behind the {@link LoginThrottle}, every attempt written to the
 * audit log (who, whether it worked; never the password).
 */
class ConsoleAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ConsoleAuthentication(AuthenticationProvider accounts, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Audit.actor(attempt.getName());
        if (throttle.locked(username)) {
            audit.record(username, "console.login-locked", null, "terlalu banyak gagal / too many failures");
            throw new LockedException("locked");
        }
        try {
            Authentication done = accounts.authenticate(attempt);
            throttle.succeeded(username);
            audit.record(username, "console.login", null, null);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(username);
            audit.record(username, "console.login-failed", null, e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
