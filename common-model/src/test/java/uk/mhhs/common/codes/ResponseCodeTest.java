package uk.mhhs.common.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes and short names as published in DIP API ResponseCodes (DI-999) and DES138. */
class ResponseCodeTest {

    @Test
    void formats_a_code_as_on_the_wire() {
        assertThat(ResponseCode.MSG1001.formatted()).isEqualTo("MSG1001 - Schema Failure");
        assertThat(ResponseCode.MSG0000.formatted()).isEqualTo("MSG0000 - Success");
        assertThat(ResponseCode.RCP1008.text()).isEqualTo("Sender Sent Date/Time is in the Future");
        assertThat(ResponseCode.RCP9999.code()).isEqualTo("RCP9999");
    }

    @Test
    void finds_a_code_by_its_name() {
        assertThat(ResponseCode.fromCode("RCP1003")).contains(ResponseCode.RCP1003);
        assertThat(ResponseCode.fromCode("rcp1003")).isEmpty();
        assertThat(ResponseCode.fromCode("REG1021")).isEmpty();
    }

    @Test
    void every_constant_agrees_with_the_generated_code_book() {
        CodeBook book = CodeBook.standard();
        for (ResponseCode code : ResponseCode.values()) {
            assertThat(book.textOf(code.code())).as(code.code()).contains(code.text());
        }
    }

    @Test
    void code_book_knows_business_codes_from_the_spec_and_from_des138() {
        CodeBook book = CodeBook.standard();
        assertThat(book.formatted("REG1021")).contains("REG1021 - Requesting Supplier is not the Current Supplier");
        assertThat(book.textOf("ECS1010")).contains("Consumption Value cannot be negative");
        assertThat(book.textOf("SP008")).contains("Address Information Insufficient or Invalid");
        assertThat(book.textOf("DSCA001"))
                .contains("Consumption Amendment Period is wholly outside period of responsibility");
        assertThat(book.textOf("XYZ0000")).isEmpty();
    }
}
