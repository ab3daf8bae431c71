package dev.linepay4j.it.fake;

import dev.linepay4j.CallOptions;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.TransactionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A scenario's steps on one {@link World}, each written to the transcript: what was done, and what came back
 * (a result, a {@link LinePayException}'s error, or a control's refusal).
 */
final class Script {

    /** For calls whose answer a fault withholds: the client gives up quickly, the fake only records it. */
    static final CallOptions QUICK = CallOptions.none().withReadTimeout(Duration.ofMillis(700));

    final World world;
    private final Transcript transcript = new Transcript(World.START);
    private final List<String> lines = new ArrayList<>();

    Script(World world) {
        this.world = world;
    }

    OnlinePayments api() {
        return world.api();
    }

    OnlinePayments quick() {
        return world.api().withOptions(QUICK);
    }

    /** A step whose outcome is written down; its result, or null when it failed. */
    <T> T step(String what, Supplier<T> action) {
        try {
            T result = action.get();
            lines.add(what + " -> " + transcript.describe(result));
            return result;
        } catch (LinePayException e) {
            lines.add(what + " !! " + transcript.describe(e.error()));
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof LinePayException lp)) {
                throw e;
            }
            lines.add(what + " !! (async) " + transcript.describe(lp.error()));
        } catch (IllegalStateException | NoSuchElementException e) {
            lines.add(what + " !! " + e.getClass().getSimpleName() + ": " + transcript.text(e.getMessage()));
        }
        return null;
    }

    /** A step that must succeed for the scenario to go on. */
    <T> T must(String what, Supplier<T> action) {
        T result = step(what, action);
        if (result == null) {
            throw new AssertionError(what + " failed on " + world + ":\n" + transcript());
        }
        return result;
    }

    /** A step with no result. */
    void step(String what, Runnable action) {
        step(what, () -> {
            action.run();
            return "done";
        });
    }

    /** Writes the payment as LINE Pay keeps it. */
    void books(TransactionId id) {
        lines.add("books " + transcript.describe(id) + " = " + transcript.describe(world.payment(id)));
    }

    String transcript() {
        return String.join("\n", lines);
    }
}
