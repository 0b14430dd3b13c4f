package id.jembatan.moodle;

/**
 * Moodle's answer for one message of {@code core_message_send_instant_messages}, in the order sent. A
 * message Moodle refused (e.g. to an unknown user) comes back with {@code msgid} -1 and an
 * {@code errormessage} instead of an exception: check {@link #delivered()}.
 *
 * @param msgId the new message id, or -1 when the message was not sent
 * @param clientMsgId the caller's id, echoed
 * @param text the message as stored (HTML)
 * @param timeCreated unix seconds; null when not sent
 * @param errorMessage why the message was not sent; null when sent
 */
public record SentMessage(long msgId, String clientMsgId, String text, Long timeCreated, Long conversationId,
        Long userIdFrom, String errorMessage) {

    /** Whether Moodle stored and sent the message. */
    public boolean delivered() {
        return msgId != -1;
    }
}
