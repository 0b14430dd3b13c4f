/** Client for Moodle 4.x REST web services: typed calls, bracketed form encoding, Moodle's error model; plain Java. */
package id.jembatan.moodle;
