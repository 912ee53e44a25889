package uk.mhhs.dipclient.listener;

import java.nio.charset.StandardCharsets;

/** PUB record values as the gateway writes them. */
final class PubMessages {

    private PubMessages() {
    }

    /** A PUB of {@code IF-<number>} for MPAN 2000056535971 to primary recipient {@code recipient}. */
    static byte[] pub(String number, String transactionId, String recipient) {
        return ("""
                {"payload":{"CommonBlock":{\
                "S0":{"interfaceID":"IF-%1$s","schemaVersion":"011","eventCode":"[ActivePower]"},\
                "S1":{"environmentTag":"PRD","subText":null,\
                "senderUniqueReference":"S-IF-%1$s-9900000020-SDS-20261123-0001","senderTimestamp":"2026-11-23T15:05:00+00:00",\
                "senderDIPID":"9900000020","senderRoleID":"SDS","senderCorrelationID":null,"DIPConnectionProviderID":null},\
                "A0":{"primaryRecipients":["%3$s"],"secondaryRecipients":[],"always":["9900000001"]},\
                "M0":{"MPANCore":"2000056535971","distributorDIPID":"9900000010","GSPGroupID":"_A"},\
                "D0":{"transactionID":"%2$s","transactionTimestamp":"2026-11-23T15:05:01+00:00","publicationID":"PUB-%1$s",\
                "initialCorrelationID":null,"replayIndicator":false,"serviceTicketURL":null}},\
                "CustomBlock":{"readings":[]}}}""").formatted(number, transactionId, recipient)
                .getBytes(StandardCharsets.UTF_8);
    }
}
