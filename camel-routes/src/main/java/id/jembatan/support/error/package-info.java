/** How flows treat failures: which are worth a retry, which stop a flow, and how a flow reports them. */
package id.jembatan.support.error;
