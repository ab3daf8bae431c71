package dev.linepay4j.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal a payment is taken on, sent in the optional headers {@code X-LINE-MerchantDeviceProfileId}
 * and {@code X-LINE-MerchantDeviceType}. LINE Pay expects the two together, so this value holds both or
 * is absent altogether: a client takes an {@code Optional<MerchantDevice>}.
 *
 * <p>Both parts travel in HTTP headers, so they must be printable ASCII without control characters
 * (a CR or LF would let a value add headers of its own), without spaces at either end (which HTTP
 * strips, so what is signed would differ from what arrives), and at most 100 characters long.
 *
 * <pre>{@code
 * MerchantDevice pos = MerchantDevice.of("POS-0042", "POS");
 *
 * // from configuration that may set neither, but never just one:
 * Optional<MerchantDevice> device = MerchantDevice.ofNullable(
 *         System.getenv("LINEPAY_DEVICE_PROFILE_ID"), System.getenv("LINEPAY_DEVICE_TYPE"));
 * }</pre>
 *
 * @param profileId the device profile id, such as the terminal's serial number
 * @param type      the device type, as agreed with LINE Pay
 */
public record MerchantDevice(String profileId, String type) {

    /** The header that carries {@link #profileId()}. */
    public static final String PROFILE_ID_HEADER = "X-LINE-MerchantDeviceProfileId";

    /** The header that carries {@link #type()}. */
    public static final String TYPE_HEADER = "X-LINE-MerchantDeviceType";

    /** The longest value accepted for either header. */
    public static final int MAX_LENGTH = 100;

    /**
     * Creates a device.
     *
     * @param profileId the device profile id, such as the terminal's serial number
     * @param type the device type, as agreed with LINE Pay
     * @throws ValidationException listing every part that is null, blank, longer than
     *                             {@value #MAX_LENGTH} characters, not printable ASCII, or starts or
     *                             ends with a space
     */
    public MerchantDevice {
        List<Violation> violations = new ArrayList<>(2);
        check(PROFILE_ID_HEADER, profileId, violations);
        check(TYPE_HEADER, type, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * A device.
     *
     * @param profileId the value of {@code X-LINE-MerchantDeviceProfileId}
     * @param type      the value of {@code X-LINE-MerchantDeviceType}
     * @return the device
     * @throws ValidationException if either part breaks the header rules above
     */
    public static MerchantDevice of(String profileId, String type) {
        return new MerchantDevice(profileId, type);
    }

    /**
     * A device from two settings that may both be missing, as configuration often is.
     *
     * @param profileId the profile id, or null
     * @param type      the device type, or null
     * @return empty when both are null, else the device
     * @throws ValidationException if exactly one of the two is null, or a given part breaks the header
     *                             rules above
     */
    public static Optional<MerchantDevice> ofNullable(String profileId, String type) {
        if (profileId == null && type == null) {
            return Optional.empty();
        }
        if (profileId == null || type == null) {
            List<Violation> violations = new ArrayList<>(2);
            String missing = profileId == null ? PROFILE_ID_HEADER : TYPE_HEADER;
            String given = profileId == null ? TYPE_HEADER : PROFILE_ID_HEADER;
            violations.add(new Violation(missing,
                    "is required when " + given + " is given; set both device headers or neither"));
            check(given, profileId == null ? type : profileId, violations);
            throw new ValidationException(violations);
        }
        return Optional.of(new MerchantDevice(profileId, type));
    }

    private static void check(String header, String value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(header, "is required"));
        } else if (value.isBlank()) {
            violations.add(new Violation(header, "must not be blank"));
        } else if (value.length() > MAX_LENGTH) {
            violations.add(new Violation(header,
                    "must be at most " + MAX_LENGTH + " characters, was " + value.length()));
        } else {
            int bad = firstNotPrintable(value);
            if (bad >= 0) {
                violations.add(new Violation(header,
                        "must be printable ASCII because it is sent in an HTTP header (" + Chars.at(value, bad) + ")"));
            } else if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
                violations.add(new Violation(header,
                        "must not start or end with a space, which HTTP strips from header values"));
            }
        }
    }

    private static int firstNotPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7f) {
                return i;
            }
        }
        return -1;
    }
}
