package uk.mhhs.dipclient.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a Spring bean that handles PUB messages: {@code void onConsumption(PubMessage message)}, or,
 * for high-volume interfaces, the messages of one poll at a time: {@code void onConsumption(List<PubMessage> batch)}
 * (each batch in one inbox transaction, {@code DipInbox.processBatchOnce}; the method gets only the messages
 * addressed to this service and not processed before; if it throws, the records are retried one by one so a
 * single bad message is isolated and dead-lettered while the others go through).
 *
 * <p>dip-client subscribes to {@code dip.pub.<nnn>} of each interface, with consumer group
 * {@code <topic prefix><consumer>}, and for each record: parses it ({@link PubMessage}); skips it unless its
 * A0 block names this service's {@code mhhs.dip.dip-id}; otherwise calls the method inside
 * {@code DipInbox.processOnce(consumer, D0.transactionID, ...)}, so a redelivered transaction has no
 * second effect and the method's database changes commit together with the inbox row. If the method
 * throws, the transaction rolls back and the record is retried ({@code mhhs.dip.listener.*}), then
 * published to {@code <topic>.dlt}; a record that cannot be parsed goes to the dead-letter topic at once.
 * The topics and their dead-letter topics are declared as {@code NewTopic} beans.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DipPubListener {

    /** The interfaces to receive, e.g. {@code {"IF-021"}} ({@code PUB-021} and {@code 021} work too). */
    String[] interfaces();

    /**
     * The name of this use case as a consumer, e.g. {@code mds-consumption}: its inbox key and (with the
     * topic prefix) its Kafka consumer group. Unique within the service; keep it stable across releases.
     */
    String consumer();
}
