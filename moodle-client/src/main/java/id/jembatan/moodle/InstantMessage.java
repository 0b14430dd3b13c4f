package id.jembatan.moodle;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message to one user ({@code core_message_send_instant_messages}), sent from the web service account.
 *
 * @param toUserId the Moodle id of the recipient
 * @param textFormat how Moodle renders {@code text}
 * @param clientMsgId the caller's own id for the message, echoed in the answer; null for none. Moodle takes only
 *                    letters, digits, {@code -} and {@code _} there (PARAM_ALPHANUMEXT) and refuses the whole call
 *                    otherwise, so another id is sent as its name-based UUID ({@link #wireClientMsgId()})
 */
public record InstantMessage(long toUserId, String text, TextFormat textFormat, String clientMsgId) {

    private static final Pattern SAFE_CLIENT_MSG_ID = Pattern.compile("[A-Za-z0-9_-]+");

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

    /** The {@code clientmsgid} sent: {@link #clientMsgId()} if Moodle accepts it as it is, else its name-based UUID. */
    public String wireClientMsgId() {
        if (clientMsgId == null || SAFE_CLIENT_MSG_ID.matcher(clientMsgId).matches()) {
            return clientMsgId;
        }
        return UUID.nameUUIDFromBytes(clientMsgId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    void writeTo(FormParams.Scope form) {
        form.put("touserid", toUserId).put("text", text).put("textformat", textFormat)
                .put("clientmsgid", wireClientMsgId());
    }
}
