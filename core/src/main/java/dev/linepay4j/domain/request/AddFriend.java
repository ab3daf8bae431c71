package dev.linepay4j.domain.request;

import dev.linepay4j.domain.ValidationException;
import java.util.Arrays;
import java.util.List;

/**
 * LINE official accounts the customer is offered to add as friends while paying
 * ({@code options.familyService.addFriends[]}; Online API v3 only).
 *
 * <p>Rules: {@code type} is {@code "lineAt"}, the only type LINE Pay supports; {@code idList} holds at
 * least one id, none blank.
 *
 * <pre>{@code
 * AddFriend friends = AddFriend.lineAt("@linepay", "@myshop");
 * }</pre>
 *
 * @param type   the account type; {@code "lineAt"}
 * @param idList the official account ids; unmodifiable
 */
public record AddFriend(String type, List<String> idList) {

    /** The one type LINE Pay supports: LINE official accounts (formerly LINE@). */
    public static final String LINE_AT = "lineAt";

    /**
     * Creates the entry.
     *
     * @param type the account type; {@code "lineAt"}
     * @param idList the official account ids; unmodifiable
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if an id is null
     */
    public AddFriend {
        idList = idList == null ? List.of() : List.copyOf(idList);
        Check c = Check.root();
        if (type == null) {
            c.fail("type", "is required");
        } else if (!type.equals(LINE_AT)) {
            c.fail("type", "must be \"" + LINE_AT + "\", the only type LINE Pay supports");
        }
        if (idList.isEmpty()) {
            c.fail("idList", "must hold at least one official account id");
        }
        for (int i = 0; i < idList.size(); i++) {
            if (idList.get(i).isBlank()) {
                c.fail("idList[" + i + "]", "must not be blank");
            }
        }
        c.throwIfAny();
    }

    /**
     * LINE official accounts to offer.
     *
     * @param ids the official account ids
     * @return the entry
     * @throws ValidationException if no id is given or one is blank
     */
    public static AddFriend lineAt(String... ids) {
        return new AddFriend(LINE_AT, Arrays.asList(ids));
    }
}
