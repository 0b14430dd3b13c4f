package id.jembatan.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * A user to create with {@code core_user_create_users}. Null fields are not sent, so Moodle's defaults
 * apply ({@code auth} manual, the site's language and timezone). {@link #toString()} never shows the password.
 *
 * @param username lower case, unique on the site
 * @param auth the authentication plugin, e.g. {@code manual}, {@code oauth2}
 * @param password the initial password; it must meet the site's password policy
 * @param createPassword true to let Moodle generate a password and mail it to the user
 * @param idNumber in this project the ASN's NIP
 * @param department the OPD (unit kerja) name
 * @param country a two-letter code, e.g. {@code ID}
 * @param timezone e.g. {@code Asia/Jakarta}
 * @param profileFields values for user profile fields, e.g. {@code golongan}
 */
public record NewUser(String username, String auth, String password, Boolean createPassword, String firstName,
        String lastName, String email, String idNumber, String institution, String department, String city,
        String country, String timezone, String lang, String phone1, List<ProfileFieldValue> profileFields) {

    public NewUser {
        requireText(username, "username");
        requireText(firstName, "firstName");
        requireText(lastName, "lastName");
        requireText(email, "email");
        profileFields = MoodleJson.list(profileFields);
    }

    /** Starts a user with the fields Moodle requires. */
    public static Builder builder(String username, String firstName, String lastName, String email) {
        return new Builder(username, firstName, lastName, email);
    }

    void writeTo(FormParams.Scope form) {
        form.put("username", username).put("auth", auth).put("password", password)
                .put("createpassword", createPassword).put("firstname", firstName).put("lastname", lastName)
                .put("email", email).put("idnumber", idNumber).put("institution", institution)
                .put("department", department).put("city", city).put("country", country)
                .put("timezone", timezone).put("lang", lang).put("phone1", phone1)
                .putEach("customfields", profileFields, (field, value) -> value.writeTo(field));
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", auth=" + auth + ", password=" + (password == null ? null : "****")
                + ", createPassword=" + createPassword + ", firstName=" + firstName + ", lastName=" + lastName
                + ", email=" + email + ", idNumber=" + idNumber + ", institution=" + institution + ", department="
                + department + ", city=" + city + ", country=" + country + ", timezone=" + timezone + ", lang="
                + lang + ", phone1=" + phone1 + ", profileFields=" + profileFields + "]";
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must not be blank");
        }
    }

    /** Builds a {@link NewUser}; every setter is optional. */
    public static final class Builder {

        private final String username;
        private final String firstName;
        private final String lastName;
        private final String email;
        private String auth;
        private String password;
        private Boolean createPassword;
        private String idNumber;
        private String institution;
        private String department;
        private String city;
        private String country;
        private String timezone;
        private String lang;
        private String phone1;
        private final List<ProfileFieldValue> profileFields = new ArrayList<>();

        private Builder(String username, String firstName, String lastName, String email) {
            this.username = username;
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
        }

        public Builder auth(String auth) {
            this.auth = auth;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder createPassword(boolean createPassword) {
            this.createPassword = createPassword;
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

        /** Sets the profile field with short name {@code shortName}; fields are sent in the order set. */
        public Builder profileField(String shortName, String value) {
            profileFields.add(new ProfileFieldValue(shortName, value));
            return this;
        }

        public NewUser build() {
            return new NewUser(username, auth, password, createPassword, firstName, lastName, email, idNumber,
                    institution, department, city, country, timezone, lang, phone1, profileFields);
        }
    }
}
