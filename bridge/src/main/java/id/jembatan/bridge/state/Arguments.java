package id.jembatan.bridge.state;

/** Argument checks that turn a value the schema cannot hold into a message naming the argument. */
final class Arguments {

    private Arguments() {
    }

    static String required(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return optional(name, value, maxLength);
    }

    static String optional(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is " + value.length() + " characters long; at most "
                    + maxLength + " fit");
        }
        return value;
    }

    /** {@code value} cut to {@code maxLength} characters, ending in an ellipsis if it was cut. */
    static String cut(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
