package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.ChannelSecret;
import java.util.Objects;

/**
 * One merchant channel the sandbox knows: the id a call names in {@code X-LINE-ChannelId}, the secret its
 * signatures are checked with, and the merchant name the payment page and the payment details show.
 * Each channel has its own books, as each LINE Pay merchant has.
 *
 * <pre>{@code
 * SandboxChannel shop = SandboxChannel.of("1234567890", "my-test-secret");
 * shop.toString();   // SandboxChannel[id=1234567890, secret=********, merchantName=Sandbox Merchant]
 * }</pre>
 *
 * @param id           the channel id
 * @param secret       the channel secret; never printed
 * @param merchantName the merchant's name, as {@code merchantName} in the payment details
 */
public record SandboxChannel(ChannelId id, ChannelSecret secret, String merchantName) {

    /** The merchant name of a channel made without one. */
    public static final String DEFAULT_MERCHANT_NAME = "Sandbox Merchant";

    /**
     * Creates a channel.
     *
     * @param id           the channel id
     * @param secret       the channel secret
     * @param merchantName the merchant's name; not blank
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the merchant name is blank
     */
    public SandboxChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(merchantName, "merchantName");
        if (merchantName.isBlank()) {
            throw new IllegalArgumentException("merchantName must not be blank");
        }
    }

    /**
     * A channel with the default merchant name.
     *
     * @param channelId     the channel id's digits
     * @param channelSecret the channel secret
     * @return the channel
     * @throws dev.linepay4j.domain.ValidationException if the id is not digits or the secret is not
     *                                                  printable ASCII
     */
    public static SandboxChannel of(String channelId, String channelSecret) {
        return new SandboxChannel(ChannelId.of(channelId), ChannelSecret.of(channelSecret), DEFAULT_MERCHANT_NAME);
    }

    /**
     * The same channel with another merchant name.
     *
     * @param merchantName the name; not blank
     * @return the changed copy
     */
    public SandboxChannel withMerchantName(String merchantName) {
        return new SandboxChannel(id, secret, merchantName);
    }

    /** The id and merchant name; the secret is masked. */
    @Override
    public String toString() {
        return "SandboxChannel[id=" + id + ", secret=********, merchantName=" + merchantName + "]";
    }
}
