package vn.khuyenhoc.round;

import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** Checks and normalises a decision header: every field the documents print must be there. */
final class DecisionHeaders {

    private DecisionHeaders() {
    }

    static DecisionForm clean(DecisionForm form) {
        var header = new DecisionForm(Text.normaliseOrNull(form.number()), form.signedOn(),
                Text.normaliseOrNull(form.signerName()), Text.normaliseOrNull(form.signerTitle()),
                Text.normaliseOrNull(form.issuingBody()), Text.normaliseOrNull(form.reason()));
        if (header.number() == null || header.signedOn() == null || header.signerName() == null
                || header.signerTitle() == null || header.issuingBody() == null) {
            throw new InvalidInput("round.decision.headerIncomplete");
        }
        if (!header.number().contains("/")) {
            throw new InvalidInput("round.decision.numberFormat", header.number());
        }
        return header;
    }
}
