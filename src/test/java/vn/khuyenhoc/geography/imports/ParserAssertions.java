package vn.khuyenhoc.geography.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.MessageSourceResolvable;
import vn.khuyenhoc.shared.InvalidInput;

/** Checks a refusal without Spring: its problem, and the place it names (a line, or a record's path and code). */
final class ParserAssertions {

    private ParserAssertions() {
    }

    static void assertRefused(ThrowingCallable reading, String problem, String where, String code) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(InvalidInput.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("geography.import.error." + problem);
            var place = (MessageSourceResolvable) refused.arguments()[0];
            assertThat(place.getArguments()).containsExactly(where, code);
        });
    }
}
