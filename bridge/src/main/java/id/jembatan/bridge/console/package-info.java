/**
 * The admin console (docs/console.md): server-rendered pages for admins, operators, HR and viewers, its accounts,
 * its login, and the history of flow passes it shows. Its data come from the services the commands and the API use.
 */
package id.jembatan.bridge.console;
