package id.jembatan.moodle;

import java.util.List;

/** The answer of {@code mod_quiz_get_user_attempts}: one user's attempts at one quiz. */
public record QuizAttemptsResult(List<Attempt> attempts, List<Warning> warnings) {

    public QuizAttemptsResult {
        attempts = MoodleJson.list(attempts);
        warnings = MoodleJson.list(warnings);
    }

    /**
     * One quiz attempt.
     *
     * @param quiz the quiz id
     * @param attempt the attempt number for this user, from 1
     * @param state {@code inprogress}, {@code overdue}, {@code finished} or {@code abandoned}
     * @param timeFinish unix seconds, 0 while not finished
     * @param sumGrades the raw marks (not scaled to the quiz grade); null while not graded
     * @param preview whether this was a teacher's preview
     */
    public record Attempt(long id, long quiz, long userId, int attempt, long uniqueId, String state,
            long timeStart, long timeFinish, long timeModified, Double sumGrades, boolean preview) {

        /** Whether the attempt has been submitted. */
        public boolean finished() {
            return "finished".equals(state);
        }
    }
}
