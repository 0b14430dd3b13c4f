package id.jembatan.bridge.console;

import id.jembatan.support.state.AuditLog;
import java.security.Principal;
import org.springframework.stereotype.Component;

/** Writes what a person did in the console to the bridge's audit log: who (the account), what, on what, when. */
@Component
public class Audit {

    private final AuditLog log;

    Audit(AuditLog log) {
        this.log = log;
    }

    /** Records {@code action} (kebab-case after {@code console.}) by the logged-in {@code who}. */
    public void record(Principal who, String action, String subject, String detail) {
        log.record(actor(who == null ? null : who.getName()), "console." + action, cut(subject), detail);
    }

    /** A user name as an audit actor: never blank, never longer than the log keeps. */
    static String actor(String name) {
        String actor = name == null || name.isBlank() ? "(anonymous)" : name.strip();
        return actor.length() > AuditLog.MAX_ACTOR_LENGTH ? actor.substring(0, AuditLog.MAX_ACTOR_LENGTH) : actor;
    }

    private static String cut(String subject) {
        return subject == null || subject.length() <= AuditLog.MAX_SUBJECT_LENGTH ? subject
                : subject.substring(0, AuditLog.MAX_SUBJECT_LENGTH);
    }
}
