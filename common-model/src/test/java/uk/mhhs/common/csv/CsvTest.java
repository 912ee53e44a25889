package uk.mhhs.common.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void reads_quoted_fields_with_commas_and_doubled_quotes_and_crlf() {
        assertThat(Csv.read("a,b\r\n\"1,16-48\",\"say \"\"hi\"\"\"\r\nx,\n"))
                .containsExactly(List.of("a", "b"), List.of("1,16-48", "say \"hi\""), List.of("x", ""));
    }

    @Test
    void writes_what_it_reads() {
        String line = Csv.line(List.of("1,16-48", "plain", "q\"uote"));
        assertThat(line).isEqualTo("\"1,16-48\",plain,\"q\"\"uote\"\r\n");
        assertThat(Csv.read(line)).containsExactly(List.of("1,16-48", "plain", "q\"uote"));
    }

    @Test
    void splits_a_streamed_line_with_and_without_quotes() {
        assertThat(Csv.splitLine("2000056535971,ALPH,,x"))
                .containsExactly("2000056535971", "ALPH", "", "x");
        assertThat(Csv.splitLine("a,\"b, \"\"c\"\"\",d"))
                .containsExactly("a", "b, \"c\"", "d");
        assertThat(Csv.splitLine("")).containsExactly("");
    }
}
