/** Test support: the real Moodle 4.5 that {@code scripts/moodle.sh} runs, for the {@code -Pmoodle} tier. */
package id.jembatan.support.moodle;
