/** The command-line tasks of the jar ({@code check}, later {@code run}, {@code backfill}, {@code dead-letters}). */
package id.jembatan.bridge.cli;
