package id.jembatan.moodle;

/** What a failed Moodle call means for the flow that made it (DESIGN.md "Errors"). */
public enum ErrorKind {

    /** The flow cannot go on until an admin fixes a setting (token, service functions, URL, account). */
    FATAL,

    /** This record cannot be processed as it is; the rest of the batch can proceed. */
    PERMANENT,

    /** The call may succeed if it is made again later (network, overload, maintenance). */
    TRANSIENT
}
