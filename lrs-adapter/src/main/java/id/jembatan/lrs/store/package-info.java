/**
 * The embedded statement store: an xAPI 1.0.3 LRS over the bridge's own JDBC state database, used when no external
 * LRS is configured. {@link id.jembatan.lrs.store.StatementStore} keeps statements and
 * {@link id.jembatan.lrs.store.DocumentStore} the state and profile documents (plain Java, JDBC);
 * {@link id.jembatan.lrs.store.XapiResource} answers every resource over them (status codes, headers, multipart,
 * signatures, the alternate request syntax), and both the bridge's HTTP layer and
 * {@link id.jembatan.lrs.store.InProcessTransport} call it.
 */
package id.jembatan.lrs.store;
