/** Test support: a sandbox Moodle that answers REST web service calls the way the recorded Moodle 4.5.6 did. */
package id.jembatan.support.moodle;
