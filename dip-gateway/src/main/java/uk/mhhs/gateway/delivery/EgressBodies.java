package uk.mhhs.gateway.delivery;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.Envelopes;

/**
 * Builds the body a delivery POSTs: a PUB as {@code [{"payload": ...}]} (DIPMessageEgressArray), with
 * {@code D0.replayIndicator} true when it is requeued; a status message as its StandardResponseArray.
 */
@Component
public class EgressBodies {

    private final JdbcClient jdbc;

    EgressBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the UTF-8 JSON body for the delivery */
    public byte[] bodyOf(Delivery delivery) {
        if (delivery.kind() == Delivery.Kind.STATUS) {
            return jdbc.sql("select body from dip.status_message where id = :id")
                    .param("id", delivery.statusMessageId()).query(String.class).single()
                    .getBytes(StandardCharsets.UTF_8);
        }
        String payload = jdbc.sql("select payload from dip.publication where transaction_id = :tx")
                .param("tx", delivery.transactionId()).query(String.class).single();
        return egressArray(payload, delivery.kind() == Delivery.Kind.REQUEUE);
    }

    /**
     * @param payloadJson a stored PUB payload
     * @param replay whether to mark it replayed ({@code D0.replayIndicator} true)
     * @return {@code [{"payload": ...}]}
     */
    public static byte[] egressArray(String payloadJson, boolean replay) {
        String payload = replay ? replayed(payloadJson) : payloadJson;
        return ("[{\"payload\":" + payload + "}]").getBytes(StandardCharsets.UTF_8);
    }

    /** @return the payload with {@code CommonBlock.D0.replayIndicator} set to true */
    public static String replayed(String payloadJson) {
        ObjectNode payload = (ObjectNode) Envelopes.mapper().readTree(payloadJson);
        if (payload.path("CommonBlock").path("D0") instanceof ObjectNode d0) {
            d0.put("replayIndicator", true);
        }
        return Envelopes.mapper().writeValueAsString(payload);
    }
}
