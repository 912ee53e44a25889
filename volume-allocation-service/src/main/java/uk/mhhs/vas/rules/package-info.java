/**
 * The volume allocation rules as pure functions of their inputs: the GSP Group Correction (correction factor, corrected
 * component volumes, BM unit allocated demand volumes), the checks a GSP Group Take file must pass, and which runs the
 * timetable makes due on a working day. No Spring, JDBC, Kafka or Jackson here (kept so by {@code ArchitectureTest}).
 */
package uk.mhhs.vas.rules;
