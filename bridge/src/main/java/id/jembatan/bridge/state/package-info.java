/** The state store on JDBC: the Flyway schema's dialect placeholders and the stores behind {@code id.jembatan.support.state}. */
package id.jembatan.bridge.state;
