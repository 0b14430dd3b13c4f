/** Competency figures for HR: yearly JP per ASN and per OPD from the credit ledger, the API keys, the SIMPEG summary. */
package id.jembatan.bridge.competency;
