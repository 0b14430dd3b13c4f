package id.jembatan.moodle;

/**
 * One entry of a Moodle {@code warnings} array: a partial failure that Moodle reports without an exception
 * (e.g. {@code invaliduserid} from {@code core_user_update_users}).
 *
 * @param item what the warning is about, e.g. {@code user}; may be null
 * @param itemId the id of that item; null when Moodle gives none
 * @param warningCode Moodle's code, e.g. {@code invaliduserid}, {@code dmlwriteexception}, or {@code 1}
 * @param message Moodle's text
 */
public record Warning(String item, Long itemId, String warningCode, String message) {
}
