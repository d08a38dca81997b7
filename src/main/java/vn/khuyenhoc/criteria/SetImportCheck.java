package vn.khuyenhoc.criteria;

import vn.khuyenhoc.shared.InvalidInput;

/** What an exchange file must be before it becomes a draft: the right format, a code, and no rule-check error. */
final class SetImportCheck {

    private SetImportCheck() {
    }

    static void requireValid(SetDocument doc) {
        if (doc == null || !SetDocument.FORMAT.equals(doc.format())) {
            throw new InvalidInput("criteria.import.format", SetDocument.FORMAT);
        }
        if (doc.code() == null || doc.code().isBlank() || doc.version() < 1) {
            throw new InvalidInput("criteria.import.codeMissing");
        }
        SetCheck.of(doc).stream().filter(Finding::error).findFirst().ifPresent(error -> {
            throw new InvalidInput(error.key(), error.arguments());
        });
    }
}
