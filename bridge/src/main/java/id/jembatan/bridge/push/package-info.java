/** {@code POST /moodle/push}: events pushed by the Moodle plugin {@code local_jembatan}, the third source of moodle-learning. */
package id.jembatan.bridge.push;
