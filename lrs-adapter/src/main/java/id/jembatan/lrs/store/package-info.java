/**
 * The embedded statement store: an xAPI 1.0.3 statements resource over the bridge's own JDBC state database, used
 * when no external LRS is configured. {@link id.jembatan.lrs.store.StatementStore} is the store (plain Java, JDBC),
 * {@link id.jembatan.lrs.store.XapiResource} the statements and about resources over it (status codes, headers,
 * multipart), which both the bridge's HTTP layer and {@link id.jembatan.lrs.store.InProcessTransport} call.
 */
package id.jembatan.lrs.store;
