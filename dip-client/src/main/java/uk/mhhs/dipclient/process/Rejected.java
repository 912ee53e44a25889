package uk.mhhs.dipclient.process;

import uk.mhhs.common.codes.CodeBook;

import java.util.List;

/**
 * A business rule an incoming message breaks: the official code (REGnnnn, ECSnnnn, DSCAnnnn…) and what exactly was
 * wrong. Thrown by a handler before (or instead of) changing anything; the {@link InboundDispatcher} rolls back to
 * the savepoint taken before the handler ran, so a rejected message changes nothing, and the handler then sends its
 * rejection response.
 */
public class Rejected extends RuntimeException {

    private final String code;

    public Rejected(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }

    /** The R0 response message: {@code "REG1026 - Scenario CSP cannot propose ..."} (the official wording). */
    public String responseMessage() {
        return CodeBook.standard().formatted(code).orElse(code);
    }

    /** The R0 response messages of this rejection. */
    public List<String> responseMessages() {
        return List.of(responseMessage());
    }
}
