package vn.khuyenhoc.accounts.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.Text;

/**
 * Roles as people type them in a list: the code ("COMMUNE_OFFICER") or the name in Vietnamese or English,
 * with or without diacritics ("Cán bộ cấp xã", "can bo cap xa", "Commune officer").
 */
@Component
class RoleNames {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final MessageSource messages;

    RoleNames(MessageSource messages) {
        this.messages = messages;
    }

    Optional<Role> parse(String text) {
        String folded = Text.fold(text).replace('_', ' ');
        if (folded.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values()).filter(role -> names(role).anyMatch(folded::equals)).findFirst();
    }

    String name(Role role, Locale locale) {
        return messages.getMessage("role." + role.name(), null, role.name(), locale);
    }

    private Stream<String> names(Role role) {
        return Stream.of(role.name(), name(role, VIETNAMESE), name(role, Locale.ENGLISH))
                .map(name -> Text.fold(name).replace('_', ' '));
    }
}
