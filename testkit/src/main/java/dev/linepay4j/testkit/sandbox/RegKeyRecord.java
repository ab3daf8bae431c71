package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import java.time.Instant;

/** A regKey in the books; guarded by the {@link Ledger}'s lock. */
final class RegKeyRecord {

    final RegKey regKey;
    final ChannelId channel;
    final TransactionId issuedBy;
    final Instant issuedAt;
    private SandboxBooks.RegKeyState state = SandboxBooks.RegKeyState.ACTIVE;

    RegKeyRecord(RegKey regKey, ChannelId channel, TransactionId issuedBy, Instant issuedAt) {
        this.regKey = regKey;
        this.channel = channel;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    SandboxBooks.RegKeyState state() {
        return state;
    }

    void expire() {
        state = SandboxBooks.RegKeyState.EXPIRED;
    }

    SandboxBooks.BookedRegKey snapshot() {
        return new SandboxBooks.BookedRegKey(regKey, channel, issuedBy, issuedAt, state);
    }
}
