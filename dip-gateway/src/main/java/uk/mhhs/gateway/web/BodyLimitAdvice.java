package uk.mhhs.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 413 (no body) for a body that passed the size limit while being read, 408 for one that took too long, in any
 * controller: also when the exception arrives wrapped, e.g. by a JSON reader (Spring matches the cause).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BodyLimitAdvice {

    private static final Logger log = LoggerFactory.getLogger(BodyLimitAdvice.class);

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<Void> tooLarge(BodyTooLarge e) {
        log.info("Refused with 413: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
    }

    @ExceptionHandler(BodyTooSlow.class)
    ResponseEntity<Void> tooSlow(BodyTooSlow e) {
        log.info("Refused with 408: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header("Connection", "close").build();
    }
}
