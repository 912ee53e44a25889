package uk.mhhs.bench;

import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.testsupport.dip.If021Message;

import java.util.concurrent.atomic.AtomicInteger;

/** The IF-021 the gateway benchmarks send: valid, fresh references, MPANs (and so Kafka keys) spread over 10,000. */
final class BenchMessages {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private BenchMessages() {
    }

    /** A valid IF-021 from {@code sender} (role SDS, 48 periods, ≈9 KB) for the next of 10,000 MPANs. */
    static If021Message if021(String sender) {
        String first12 = String.format("20%010d", NEXT.getAndIncrement() % 10_000);
        return If021Message.from(sender).mpanCore(first12 + MpanCore.checkDigitFor(first12));
    }
}
