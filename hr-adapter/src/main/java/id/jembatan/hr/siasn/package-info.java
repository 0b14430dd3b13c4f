/** An HR HTTP API in the shape of SIASN's riwayat kursus, with OAuth2 client-credentials tokens. Plain Java. */
package id.jembatan.hr.siasn;
