package dev.linepay4j.domain.request;

import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The optional parts of a payment request ({@code options}). Every part may be left out; LINE Pay's
 * defaults then apply.
 *
 * <p>Version-specific parts: {@code familyService} exists in Online API v3 only, {@code regPayRequest}
 * in v4 only; {@link PaymentRequest#violationsFor} says which a given version refuses. {@code shipping}
 * is described only by the legacy v3 documentation.
 *
 * <pre>{@code
 * PaymentOptions options = PaymentOptions.builder()
 *         .capture(false)                       // authorize at confirm, capture later
 *         .locale(DisplayLocale.ZH_TW)
 *         .extra(e -> e.branchId("TPE-01"))
 *         .build();
 * }</pre>
 *
 * @param payment       {@code options.payment}: capture and pay type, if given
 * @param display       {@code options.display}: page language and browser check, if given
 * @param extra         {@code options.extra}: branch and promotion restriction, if given
 * @param events        {@code options.events}: promotions; unmodifiable, possibly empty
 * @param familyService {@code options.familyService} (Online API v3 only), if given
 * @param regPayRequest {@code options.regPayRequest} (Online API v4 only), if given
 * @param shipping      {@code options.shipping} (legacy checkout), if given
 */
public record PaymentOptions(Optional<PaymentSettings> payment, Optional<DisplayOptions> display,
                             Optional<ExtraOptions> extra, List<PromotionEvent> events,
                             Optional<FamilyService> familyService, Optional<RegPayRequest> regPayRequest,
                             Optional<Shipping> shipping) {

    /**
     * Creates the options. Each part has checked its own rules when it was made; the amounts' decimal
     * places are checked by the {@link PaymentRequest} holding the options.
     *
     * @param payment {@code options.payment}: capture and pay type, if given
     * @param display {@code options.display}: page language and browser check, if given
     * @param extra {@code options.extra}: branch and promotion restriction, if given
     * @param events {@code options.events}: promotions; unmodifiable, possibly empty
     * @param familyService {@code options.familyService} (Online API v3 only), if given
     * @param regPayRequest {@code options.regPayRequest} (Online API v4 only), if given
     * @param shipping {@code options.shipping} (legacy checkout), if given
     * @throws NullPointerException if an {@code Optional} or event is null
     */
    public PaymentOptions {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(extra, "extra");
        events = events == null ? List.of() : List.copyOf(events);
        Objects.requireNonNull(familyService, "familyService");
        Objects.requireNonNull(regPayRequest, "regPayRequest");
        Objects.requireNonNull(shipping, "shipping");
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        payment.ifPresent(b::payment);
        display.ifPresent(b::display);
        extra.ifPresent(b::extra);
        events.forEach(b::addEvent);
        familyService.ifPresent(b::familyService);
        regPayRequest.ifPresent(b::regPayRequest);
        shipping.ifPresent(b::shipping);
        return b;
    }

    /** Checks the amounts below these options against the currency of the request holding them. */
    void verify(Check c) {
        extra.ifPresent(e -> e.verify(c.at("extra")));
        for (int i = 0; i < events.size(); i++) {
            events.get(i).verify(c.at("events", i));
        }
        regPayRequest.ifPresent(r -> r.verify(c.at("regPayRequest")));
        shipping.ifPresent(s -> s.verify(c.at("shipping")));
    }

    /**
     * Builds {@link PaymentOptions} from plain values; {@link #build()} reports every broken rule of every
     * part at once. The simple parts ({@code payment}, {@code display}) are set directly; the others
     * through their own builders.
     *
     * <pre>{@code
     * PaymentOptions.builder()
     *         .payType(PayType.PREAPPROVED)
     *         .regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.RECURRING)
     *                 .recurringPeriod(RecurringPeriod.WEEK).recurringDayOfWeek(Weekday.MON))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private Boolean capture;
        private PayType payType;
        private DisplayLocale locale;
        private Boolean checkConfirmUrlBrowser;
        private ExtraOptions.Builder extra;
        private final List<PromotionEvent.Builder> events = new ArrayList<>();
        private final List<AddFriendEntry> addFriends = new ArrayList<>();
        private boolean familyService;
        private RegPayRequest.Builder regPayRequest;
        private Shipping.Builder shipping;

        /** One {@code addFriends} entry as given, checked at build time. */
        private record AddFriendEntry(String type, List<String> idList) {
        }

        private Builder() {
        }

        /**
         * Sets {@code payment.capture}.
         *
         * @param capture false to only authorize at confirm and capture later; LINE Pay's default is true
         * @return this builder
         */
        public Builder capture(boolean capture) {
            this.capture = capture;
            return this;
        }

        /**
         * Sets {@code payment.payType}.
         *
         * @param payType the kind of payment, or null for {@code NORMAL}
         * @return this builder
         */
        public Builder payType(PayType payType) {
            this.payType = payType;
            return this;
        }

        /**
         * Sets {@code payment} from a value made earlier.
         *
         * @param payment the settings, or null for none
         * @return this builder
         */
        public Builder payment(PaymentSettings payment) {
            this.capture = payment == null ? null : payment.capture();
            this.payType = payment == null ? null : payment.payType();
            return this;
        }

        /**
         * Sets {@code display.locale}.
         *
         * @param locale the page language, or null for LINE Pay's default
         * @return this builder
         */
        public Builder locale(DisplayLocale locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code display.checkConfirmUrlBrowser}.
         *
         * @param checkConfirmUrlBrowser true to ask the customer back to the original browser first
         * @return this builder
         */
        public Builder checkConfirmUrlBrowser(boolean checkConfirmUrlBrowser) {
            this.checkConfirmUrlBrowser = checkConfirmUrlBrowser;
            return this;
        }

        /**
         * Sets {@code display} from a value made earlier.
         *
         * @param display the display options, or null for none
         * @return this builder
         */
        public Builder display(DisplayOptions display) {
            this.locale = display == null ? null : display.locale().orElse(null);
            this.checkConfirmUrlBrowser = display == null ? null : display.checkConfirmUrlBrowser().orElse(null);
            return this;
        }

        /**
         * Sets {@code extra} from a fresh {@link ExtraOptions.Builder}, replacing any set before.
         *
         * @param extra sets the extra options' values
         * @return this builder
         */
        public Builder extra(Consumer<ExtraOptions.Builder> extra) {
            ExtraOptions.Builder b = ExtraOptions.builder();
            extra.accept(b);
            this.extra = b;
            return this;
        }

        /**
         * Sets {@code extra} from a value made earlier.
         *
         * @param extra the extra options, or null for none
         * @return this builder
         */
        public Builder extra(ExtraOptions extra) {
            this.extra = extra == null ? null : extra.toBuilder();
            return this;
        }

        /**
         * Adds a promotion event described by a fresh {@link PromotionEvent.Builder}.
         *
         * @param event sets the event's values
         * @return this builder
         */
        public Builder addEvent(Consumer<PromotionEvent.Builder> event) {
            PromotionEvent.Builder b = PromotionEvent.builder();
            event.accept(b);
            events.add(b);
            return this;
        }

        /**
         * Adds a promotion event made earlier.
         *
         * @param event the event
         * @return this builder
         */
        public Builder addEvent(PromotionEvent event) {
            events.add(event.toBuilder());
            return this;
        }

        /**
         * Adds an entry to {@code familyService.addFriends} (Online API v3 only).
         *
         * @param type   the account type; LINE Pay supports {@value AddFriend#LINE_AT} only
         * @param idList the official account ids
         * @return this builder
         */
        public Builder addFriends(String type, List<String> idList) {
            this.familyService = true;
            addFriends.add(new AddFriendEntry(type, idList));
            return this;
        }

        /**
         * Sets {@code familyService} from a value made earlier, replacing any entries added before
         * (Online API v3 only).
         *
         * @param familyService the family service options, or null for none
         * @return this builder
         */
        public Builder familyService(FamilyService familyService) {
            this.addFriends.clear();
            this.familyService = familyService != null;
            if (familyService != null) {
                familyService.addFriends().forEach(a -> addFriends.add(new AddFriendEntry(a.type(), a.idList())));
            }
            return this;
        }

        /**
         * Sets {@code regPayRequest} from a fresh {@link RegPayRequest.Builder} (Online API v4 only).
         *
         * @param regPayRequest sets the schedule's values
         * @return this builder
         */
        public Builder regPayRequest(Consumer<RegPayRequest.Builder> regPayRequest) {
            RegPayRequest.Builder b = RegPayRequest.builder();
            regPayRequest.accept(b);
            this.regPayRequest = b;
            return this;
        }

        /**
         * Sets {@code regPayRequest} from a value made earlier (Online API v4 only).
         *
         * @param regPayRequest the schedule, or null for none
         * @return this builder
         */
        public Builder regPayRequest(RegPayRequest regPayRequest) {
            this.regPayRequest = regPayRequest == null ? null : regPayRequest.toBuilder();
            return this;
        }

        /**
         * Sets {@code shipping} from a fresh {@link Shipping.Builder} (legacy checkout).
         *
         * @param shipping sets the shipping options' values
         * @return this builder
         */
        public Builder shipping(Consumer<Shipping.Builder> shipping) {
            Shipping.Builder b = Shipping.builder();
            shipping.accept(b);
            this.shipping = b;
            return this;
        }

        /**
         * Sets {@code shipping} from a value made earlier (legacy checkout).
         *
         * @param shipping the shipping options, or null for none
         * @return this builder
         */
        public Builder shipping(Shipping shipping) {
            this.shipping = shipping == null ? null : shipping.toBuilder();
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws ValidationException listing every broken rule
         */
        public PaymentOptions build() {
            Check c = Check.root();
            PaymentOptions options = build(c);
            c.throwIfAny();
            return options;
        }

        /** Whether an {@code addFriends} entry or {@code familyService} was given, valid or not. */
        boolean hasFamilyService() {
            return familyService;
        }

        /** Whether a {@code regPayRequest} was given, valid or not. */
        boolean hasRegPayRequest() {
            return regPayRequest != null;
        }

        PaymentOptions build(Check c) {
            int mark = c.mark();
            Optional<PaymentSettings> payment = capture == null && payType == null ? Optional.empty()
                    : Optional.of(new PaymentSettings(capture == null || capture,
                            payType == null ? PayType.NORMAL : payType));
            Optional<DisplayOptions> display = locale == null && checkConfirmUrlBrowser == null ? Optional.empty()
                    : Optional.of(new DisplayOptions(Optional.ofNullable(locale),
                            Optional.ofNullable(checkConfirmUrlBrowser)));
            ExtraOptions builtExtra = extra == null ? null : extra.build(c.at("extra"));
            List<PromotionEvent> builtEvents = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                builtEvents.add(events.get(i).build(c.at("events", i)));
            }
            FamilyService builtFamily = familyService ? buildFamilyService(c.at("familyService")) : null;
            RegPayRequest builtRegPay = regPayRequest == null ? null : regPayRequest.build(c.at("regPayRequest"));
            Shipping builtShipping = shipping == null ? null : shipping.build(c.at("shipping"));
            if ((extra != null && builtExtra == null) || !Check.allPresent(builtEvents)
                    || (familyService && builtFamily == null) || (regPayRequest != null && builtRegPay == null)
                    || (shipping != null && builtShipping == null)) {
                return null;
            }
            return c.attempt(mark, () -> new PaymentOptions(payment, display, Optional.ofNullable(builtExtra),
                    builtEvents, Optional.ofNullable(builtFamily), Optional.ofNullable(builtRegPay),
                    Optional.ofNullable(builtShipping)));
        }

        private FamilyService buildFamilyService(Check c) {
            if (addFriends.isEmpty()) {
                c.fail("addFriends", "must hold at least one entry");
                return null;
            }
            List<AddFriend> built = new ArrayList<>(addFriends.size());
            for (int i = 0; i < addFriends.size(); i++) {
                AddFriendEntry entry = addFriends.get(i);
                built.add(c.at("addFriends", i).nested(() -> new AddFriend(entry.type(), entry.idList())));
            }
            return !Check.allPresent(built) ? null : new FamilyService(built);
        }
    }
}
