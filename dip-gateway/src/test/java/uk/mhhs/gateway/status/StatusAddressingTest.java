package uk.mhhs.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mhhs.gateway.web.ApiRefusal;

/**
 * One row per case. Participants: S sent the PUB T-1 to R; X received nothing; O is an operator. Columns: status
 * sender, recipientID, transactionID, whether the sender received the PUB; then the addressee or the code.
 */
class StatusAddressingTest {

    private final StatusAddressing addressing = new StatusAddressing(Set.of("O"));

    @ParameterizedTest(name = "{0} -> {1} about {2}: {4}")
    @CsvSource(nullValues = "-", value = {
        "R, -, T-1,     true,  S",        // the L4 case: back to the PUB's sender, recipientID filled in
        "R, S, T-1,     true,  S",        // naming the PUB's sender
        "R, X, T-1,     true,  MSG1031",  // naming someone else about it
        "X, -, T-1,     false, MSG1031",  // about a PUB X never received
        "X, S, T-1,     false, MSG1031",
        "R, X, -,       false, MSG1031",  // to anyone, about nothing
        "R, X, T-none,  false, MSG1031",  // about a PUB the DIP never published
        "R, -, T-none,  false, MSG1030",  // no addressee at all
        "R, -, -,       false, MSG1030",
        "O, X, -,       false, X",        // an operator writes to anyone
        "X, O, -,       false, O",        // anyone writes to an operator
    })
    void addresses_status_messages_only_to_the_sender_of_a_PUB_received(String sender, String recipientId,
            String transactionId, boolean received, String expected) {
        Optional<StatusAddressing.Pub> pub = "T-1".equals(transactionId)
                ? Optional.of(new StatusAddressing.Pub("T-1", "S", received)) : Optional.empty();

        if (expected.startsWith("MSG")) {
            ApiRefusal refusal = catchThrowableOfType(ApiRefusal.class,
                    () -> addressing.addressee(sender, recipientId, pub, transactionId != null));
            assertThat(refusal).isNotNull();
            assertThat(refusal.code().name()).isEqualTo(expected);
        } else {
            assertThat(addressing.addressee(sender, recipientId, pub, transactionId != null)).isEqualTo(expected);
        }
    }
}
