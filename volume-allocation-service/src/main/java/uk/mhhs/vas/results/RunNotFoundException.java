package uk.mhhs.vas.results;

import java.util.UUID;

/** A results request named a run VAS does not have (answered 404). */
class RunNotFoundException extends RuntimeException {

    RunNotFoundException(UUID runId) {
        super("run " + runId + " not found");
    }
}
