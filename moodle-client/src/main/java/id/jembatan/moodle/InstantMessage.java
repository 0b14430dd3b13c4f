package id.jembatan.moodle;

import java.util.Objects;

/**
 * A message to one user ({@code core_message_send_instant_messages}), sent from the web service account.
 *
 * @param toUserId the Moodle id of the recipient
 * @param textFormat how Moodle renders {@code text}
 * @param clientMsgId the caller's own id for the message, echoed in the answer; null for none
 */
public record InstantMessage(long toUserId, String text, TextFormat textFormat, String clientMsgId) {

    public InstantMessage {
        NewUser.requireText(text, "text");
        Objects.requireNonNull(textFormat, "textFormat");
    }

    /** A plain-text message. */
    public static InstantMessage plain(long toUserId, String text) {
        return new InstantMessage(toUserId, text, TextFormat.PLAIN, null);
    }

    /** The same message with the caller's id for it. */
    public InstantMessage withClientMsgId(String clientMsgId) {
        return new InstantMessage(toUserId, text, textFormat, clientMsgId);
    }

    void writeTo(FormParams.Scope form) {
        form.put("touserid", toUserId).put("text", text).put("textformat", textFormat)
                .put("clientmsgid", clientMsgId);
    }
}
