package vn.khuyenhoc.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons sort by given name first, in Vietnamese order, compared byte by byte as PostgreSQL compares bytea. */
class NamesTests {

    @Test
    void personsSortByTheirWholeGivenNameBeforeTheRestOfTheName() {
        var names = List.of("Đặng Văn Đức", "Lê Văn Bình", "Nguyễn Thị Ánh", "Vũ Thị Dung", "Trần Văn An",
                "Nguyễn Văn An");

        var sorted = names.stream().sorted(Comparator.comparing(Names::personSortKey, Arrays::compareUnsigned)).toList();

        assertThat(sorted).containsExactly("Nguyễn Văn An", "Trần Văn An", "Nguyễn Thị Ánh", "Lê Văn Bình",
                "Vũ Thị Dung", "Đặng Văn Đức");
    }
}
