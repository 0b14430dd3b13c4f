package id.jembatan.sandbox.moodle;

/**
 * A message the bridge sent through {@code core_message_send_instant_messages}.
 *
 * @param toUserId the recipient's Moodle user id
 * @param text the text as sent
 * @param clientMsgId the sender's id of the message, or null
 */
public record SandboxMessage(long toUserId, String text, String clientMsgId) {
}
