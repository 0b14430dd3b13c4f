/** Flyway migrations of the state store written in Java, where one portable SQL file cannot carry data over. */
package db.migration;
