/** Secrets never leave the bridge: one masking for the log, command output, dead letters and HTTP answers. */
package id.jembatan.bridge.secret;
