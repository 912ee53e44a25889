package uk.mhhs.common.codes;

import java.util.Optional;

/**
 * The technical response codes of the DIP ({@code MSG}) and of recipients ({@code RCP}), with the short
 * names of the official list (DIP API {@code ResponseCodes}, DI-999), spelt exactly as published, typos
 * included, because {@link #formatted()} is what goes on the wire in {@code StandardResponse.message} and
 * {@code R0.responseMessages}. The constant's name is its code.
 */
public enum ResponseCode {
    /** The DIP accepted the message. */
    MSG0000("Success"),
    MSG1000("Message Processing Failed"),
    MSG1001("Schema Failure"),
    MSG1002("Interface ID Invalid"),
    MSG1006("Sender Unique Reference Duplicated"),
    MSG1007("Sender Timestamp Invalid"),
    MSG1009("Sender DIP ID Invalid"),
    MSG1010("Sender Role Invalid"),
    MSG1011("Connection Provider ID Invalid"),
    MSG1012("Sender Correlation ID Invalid"),
    MSG1030("Msg Addressing / Routing Error"),
    MSG1031("Primary Recipient(s) DIP Participant ID Invalid"),
    MSG1032("Primary Recipient(s) DIP Role ID Invalid"),
    MSG1033("Secondary Recipient(s) DIP Participant ID Invalid"),
    MSG1034("Secondary Recipient(s) DIP Role ID Invalid"),
    MSG1035("Always Recipient(s) DIP Participant ID Invalid"),
    MSG1036("Always Recipient(s) DIP Role ID Invalid"),
    MSG1037("Cannot Resolve Secondary Recipient(s) for Missing MPAN"),
    MSG1038("Cannot Resolve Secondary Recipient(s) for MPAN/Party/Event Combination"),
    /** The recipient accepted the message. */
    RCP0000("Message Success"),
    RCP1000("Message Processing Failed"),
    RCP1001("Schema Failure"),
    RCP1002("Interface ID Invalid"),
    RCP1003("Event Code Invalid, Unexpected or Missing"),
    RCP1004("Environment Code Invalid, Unexpected or Missing"),
    RCP1005("Schema Version Invalid or Not Compatable"),
    RCP1006("Sender Unique Refernce Missing or Duplicated"),
    RCP1007("Sender Sent Date/Time Invalid or Missing"),
    RCP1008("Sender Sent Date/Time is in the Future"),
    RCP1009("Sender DIP ID Invalid, Unexpected or Missing"),
    RCP1010("Sender Role Invalid, Unexpected or Missing"),
    RCP1021("Msg Mandatory Data Item Missing"),
    RCP1022("Msg Contains Invalid Value for Value Restricted Field"),
    RCP1023("Msg Contains Invalid Valid Value Combination(s)"),
    RCP1041("Recipient ID Invalid, Unexpected or Missing"),
    RCP1042("Publication ID Invalid, Unexpected or Missing"),
    RCP1043("DIP Txn ID Invalid, Unexpected or Missing"),
    RCP1044("DIP Txn Timestamp Invalid or Missing"),
    RCP1045("DIP Txn Timestamp is in the Future"),
    RCP1046("DIP Correlation ID Invalid, Unexpected or Missing"),
    RCP1047("Replay Indicator Invalid or Unexpected"),
    RCP1051("R0 Response Code Invalid"),
    RCP1052("R0 Response Code Inconsistant with Error Condition(s)"),
    RCP1061("MPAN Invalid or Unknown"),
    RCP1062("PUB Unexpected given MPAN Process Status/Condition"),
    RCP1063("Message Data Content Differs from that Issued or Expected"),
    RCP1064("MDR provided not valid"),
    /** The recipient could not verify the DIP signature headers. */
    RCP9999("Message Signature Invalid");

    private final String text;

    ResponseCode(String text) {
        this.text = text;
    }

    /**
     * @return the code, e.g. {@code MSG1001}
     */
    public String code() {
        return name();
    }

    /**
     * @return the official short name, e.g. {@code Schema Failure}
     */
    public String text() {
        return text;
    }

    /**
     * @return the wire form {@code "MSG1001 - Schema Failure"}
     */
    public String formatted() {
        return name() + " - " + text;
    }

    /**
     * @return whether the DIP raises it ({@code MSG}) rather than a recipient ({@code RCP})
     */
    public boolean isDipCode() {
        return name().startsWith("MSG");
    }

    /**
     * @return whether it reports success ({@code MSG0000}, {@code RCP0000})
     */
    public boolean isSuccess() {
        return this == MSG0000 || this == RCP0000;
    }

    /**
     * @param code a code such as {@code RCP1003} (case-sensitive)
     * @return the constant, or empty if it is not an MSG/RCP code
     */
    public static Optional<ResponseCode> fromCode(String code) {
        for (ResponseCode candidate : values()) {
            if (candidate.name().equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
