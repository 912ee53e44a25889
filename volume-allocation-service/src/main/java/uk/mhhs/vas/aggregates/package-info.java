/** Reading a stored aggregate set fast, for the calculation and the reports alike (PostgreSQL COPY). */
package uk.mhhs.vas.aggregates;
