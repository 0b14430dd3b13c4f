/** Rules on which module may depend on what, checked over the compiled classes of every module. */
package id.jembatan.architecture;
