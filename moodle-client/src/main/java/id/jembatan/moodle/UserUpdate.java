package id.jembatan.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes to one user for {@code core_user_update_users}: only the non-null fields are sent and changed
 * (an empty string clears a field). {@link #toString()} never shows the password.
 *
 * @param id the Moodle user id
 * @param suspended true to suspend the account (e.g. on retirement or transfer), false to reactivate it
 * @param profileFields values for user profile fields, e.g. {@code jabatan}
 */
public record UserUpdate(long id, String username, String auth, String password, String firstName, String lastName,
        String email, String idNumber, String institution, String department, String city, String country,
        String timezone, String lang, String phone1, Boolean suspended, List<ProfileFieldValue> profileFields) {

    public UserUpdate {
        if (id <= 0) {
            throw new IllegalArgumentException("a user id must be positive, was " + id);
        }
        profileFields = MoodleJson.list(profileFields);
    }

    /** Starts an update of the user {@code id} that changes nothing yet. */
    public static Builder builder(long id) {
        return new Builder(id);
    }

    void writeTo(FormParams.Scope form) {
        form.put("id", id).put("username", username).put("auth", auth).put("password", password)
                .put("firstname", firstName).put("lastname", lastName).put("email", email)
                .put("idnumber", idNumber).put("institution", institution).put("department", department)
                .put("city", city).put("country", country).put("timezone", timezone).put("lang", lang)
                .put("phone1", phone1).put("suspended", suspended)
                .putEach("customfields", profileFields, (field, value) -> value.writeTo(field));
    }

    @Override
    public String toString() {
        return "UserUpdate[id=" + id + ", username=" + username + ", auth=" + auth + ", password="
                + (password == null ? null : "****") + ", firstName=" + firstName + ", lastName=" + lastName
                + ", email=" + email + ", idNumber=" + idNumber + ", institution=" + institution + ", department="
                + department + ", city=" + city + ", country=" + country + ", timezone=" + timezone + ", lang="
                + lang + ", phone1=" + phone1 + ", suspended=" + suspended + ", profileFields=" + profileFields
                + "]";
    }

    /** Builds a {@link UserUpdate}; set only what changes. */
    public static final class Builder {

        private final long id;
        private String username;
        private String auth;
        private String password;
        private String firstName;
        private String lastName;
        private String email;
        private String idNumber;
        private String institution;
        private String department;
        private String city;
        private String country;
        private String timezone;
        private String lang;
        private String phone1;
        private Boolean suspended;
        private final List<ProfileFieldValue> profileFields = new ArrayList<>();

        private Builder(long id) {
            this.id = id;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder auth(String auth) {
            this.auth = auth;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        public Builder institution(String institution) {
            this.institution = institution;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        public Builder phone1(String phone1) {
            this.phone1 = phone1;
            return this;
        }

        public Builder suspended(boolean suspended) {
            this.suspended = suspended;
            return this;
        }

        /** Sets the profile field with short name {@code shortName}; fields are sent in the order set. */
        public Builder profileField(String shortName, String value) {
            profileFields.add(new ProfileFieldValue(shortName, value));
            return this;
        }

        public UserUpdate build() {
            return new UserUpdate(id, username, auth, password, firstName, lastName, email, idNumber, institution,
                    department, city, country, timezone, lang, phone1, suspended, profileFields);
        }
    }
}
