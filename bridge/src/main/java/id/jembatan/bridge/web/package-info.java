/** What every HTTP answer of the bridge shares: security headers, no bare {@code /error} page. */
package id.jembatan.bridge.web;
