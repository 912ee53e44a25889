package uk.mhhs.isd.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @Test
    void reads_quoted_fields_with_commas_and_doubled_quotes_and_crlf() {
        assertThat(CsvReader.read("a,b\r\n\"1,16-48\",\"say \"\"hi\"\"\"\r\nx,\n"))
                .containsExactly(List.of("a", "b"), List.of("1,16-48", "say \"hi\""), List.of("x", ""));
    }

    @Test
    void writes_what_it_reads() {
        String line = CsvReader.line(List.of("1,16-48", "plain", "q\"uote"));
        assertThat(line).isEqualTo("\"1,16-48\",plain,\"q\"\"uote\"\r\n");
        assertThat(CsvReader.read(line)).containsExactly(List.of("1,16-48", "plain", "q\"uote"));
    }
}
