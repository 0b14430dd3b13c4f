/**
 * A sandbox Moodle (tiruan / simulated): answers REST web service calls the way the recorded Moodle 4.5.6 did, for
 * tests, benchmarks and the {@code demo} profile. Never a real site; it says so in its logs and, when labelled, in
 * its site name.
 */
package id.jembatan.sandbox.moodle;
