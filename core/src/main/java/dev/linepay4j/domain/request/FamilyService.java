package dev.linepay4j.domain.request;

import dev.linepay4j.domain.ValidationException;
import java.util.Arrays;
import java.util.List;

/**
 * LINE family services offered during payment ({@code options.familyService}; Online API v3 only, dropped
 * in v4).
 *
 * <pre>{@code
 * FamilyService family = FamilyService.of(AddFriend.lineAt("@myshop"));
 * }</pre>
 *
 * @param addFriends the friend suggestions; at least one, unmodifiable
 */
public record FamilyService(List<AddFriend> addFriends) {

    /**
     * Creates the service options.
     *
     * @param addFriends the friend suggestions; at least one, unmodifiable
     * @throws ValidationException  if there is no entry
     * @throws NullPointerException if an entry is null
     */
    public FamilyService {
        addFriends = addFriends == null ? List.of() : List.copyOf(addFriends);
        if (addFriends.isEmpty()) {
            throw ValidationException.of("addFriends", "must hold at least one entry");
        }
    }

    /**
     * The service options with the given friend suggestions.
     *
     * @param addFriends at least one entry
     * @return the service options
     * @throws ValidationException if there is no entry
     */
    public static FamilyService of(AddFriend... addFriends) {
        return new FamilyService(Arrays.asList(addFriends));
    }
}
