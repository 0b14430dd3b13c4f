/** Typed configuration: one {@code @ConfigurationProperties} record per system under {@code jembatan.*}. */
package id.jembatan.bridge.config;
