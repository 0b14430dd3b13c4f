/** The {@code hr-profiles} flow: SIMPEG ASN and interns become Moodle accounts and cohort memberships. */
package id.jembatan.flow.profiles;
