package id.jembatan.moodle;

import java.util.Objects;

/**
 * A user to add to a cohort ({@code core_cohort_add_cohort_members}); both may be named by id or by a
 * stable key, so the bridge need not look ids up first.
 */
public record CohortMember(CohortRef cohort, UserRef user) {

    public CohortMember {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(user, "user");
    }

    /** Adds {@code user} to {@code cohort}. */
    public static CohortMember of(CohortRef cohort, UserRef user) {
        return new CohortMember(cohort, user);
    }

    void writeTo(FormParams.Scope form) {
        form.putObject("cohorttype", cohort::writeTo).putObject("usertype", user::writeTo);
    }

    /** A cohort named by id or idnumber. */
    public record CohortRef(Type type, String value) {

        public CohortRef {
            Objects.requireNonNull(type, "type");
            NewUser.requireText(value, "cohort " + type);
        }

        public static CohortRef id(long id) {
            return new CohortRef(Type.ID, Long.toString(id));
        }

        public static CohortRef idNumber(String idNumber) {
            return new CohortRef(Type.IDNUMBER, idNumber);
        }

        void writeTo(FormParams.Scope form) {
            form.put("type", type).put("value", value);
        }

        /** How {@code value} names the cohort. */
        public enum Type {
            ID, IDNUMBER
        }
    }

    /** A user named by id, idnumber (NIP) or username. */
    public record UserRef(Type type, String value) {

        public UserRef {
            Objects.requireNonNull(type, "type");
            NewUser.requireText(value, "user " + type);
        }

        public static UserRef id(long id) {
            return new UserRef(Type.ID, Long.toString(id));
        }

        public static UserRef idNumber(String idNumber) {
            return new UserRef(Type.IDNUMBER, idNumber);
        }

        public static UserRef username(String username) {
            return new UserRef(Type.USERNAME, username);
        }

        void writeTo(FormParams.Scope form) {
            form.put("type", type).put("value", value);
        }

        /** How {@code value} names the user. */
        public enum Type {
            ID, IDNUMBER, USERNAME
        }
    }
}
