/** {@code moodle-learning}: Moodle completions, grades, attempts and enrolments → xAPI statements in the LRS. */
package id.jembatan.flow.learning;
