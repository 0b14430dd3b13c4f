package id.jembatan.bridge.console;

import java.time.Instant;

/**
 * A console account as stored; the password is kept only as its hash.
 *
 * @param username     what the person types to log in
 * @param passwordHash Spring Security's delegating form, {@code {bcrypt}$2a$...}
 * @param role         what the account may do
 * @param enabled      false once disabled: it can no longer log in
 * @param createdAt    when it was added
 * @param updatedAt    when it last changed (reset, disabled)
 */
public record ConsoleUser(String username, String passwordHash, ConsoleRole role, boolean enabled, Instant createdAt,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "ConsoleUser[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
