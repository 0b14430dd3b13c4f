/** The bridge's state store as the flows see it: watermarks, idempotency keys, dead letters and the audit log. */
package id.jembatan.support.state;
