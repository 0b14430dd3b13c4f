package id.jembatan.moodle;

/** A user created by {@code core_user_create_users}: its new id and its username. */
public record CreatedUser(long id, String username) {
}
