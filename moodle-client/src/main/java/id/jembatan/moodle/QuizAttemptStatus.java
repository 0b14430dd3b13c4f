package id.jembatan.moodle;

/** Which attempts {@code mod_quiz_get_user_attempts} returns. */
public enum QuizAttemptStatus {
    ALL, FINISHED, UNFINISHED
}
