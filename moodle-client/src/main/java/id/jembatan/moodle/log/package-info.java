/** Reader of Moodle's standard log table over read-only JDBC: keyset pages of the learning events; plain Java. */
package id.jembatan.moodle.log;
