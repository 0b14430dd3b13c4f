/** Test support: Moodle's standard log table on PostgreSQL or MariaDB, with recorded and fast synthetic rows. */
package id.jembatan.support.moodlelog;
