package id.jembatan.bridge.console;

import java.util.Locale;

/**
 * What a console account may do. ADMIN everything; OPERATOR what VIEWER may, and run, pause, resume, replay and
 * discard; HR the competency pages and their exports; VIEWER read the operations pages only.
 */
public enum ConsoleRole {
    ADMIN, OPERATOR, HR, VIEWER;

    /** Spring Security's role hierarchy for these roles. */
    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_OPERATOR
            ROLE_OPERATOR > ROLE_VIEWER
            ROLE_ADMIN > ROLE_HR""";

    /**
     * The role named {@code text}, in any case.
     *
     * @throws IllegalArgumentException naming the roles there are
     */
    public static ConsoleRole parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("peran tidak dikenal / unknown role: " + text
                    + " (ADMIN, OPERATOR, HR, VIEWER)");
        }
    }
}
