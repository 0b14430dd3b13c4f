/** SIMPEG read through configurable SQL: ASN profiles and interns, keyset-paged, and a synthetic city generator. */
package id.jembatan.hr.simpeg;
