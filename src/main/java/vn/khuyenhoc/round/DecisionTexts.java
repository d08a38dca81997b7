package vn.khuyenhoc.round;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.documents.Certificate;
import vn.khuyenhoc.documents.DecisionDocument;
import vn.khuyenhoc.documents.Signature;
import vn.khuyenhoc.round.store.PaperStore;

/**
 * The recognition decision and its certificates as printed, from what the round stores: the heading from the
 * issuing body, the "Căn cứ" lines (the law on local government, the criteria set's source, the proposal), three
 * articles, the signature, "Nơi nhận" and the list of recognised subjects with their register numbers.
 */
@Component
class DecisionTexts {

    private final PaperWords words;

    DecisionTexts(PaperWords words) {
        this.words = words;
    }

    /** What every paper of one decision shares. */
    record Context(RoundView round, DecisionView decision, PaperStore.Area area, CriteriaSet set, String subjectKind) {
    }

    DecisionDocument decision(Context c, List<PaperStore.Listed> recognised) {
        var d = c.decision();
        String title = "“" + words.titleName(c.round().title()) + "” năm " + c.round().year();
        String noun = PaperWords.noun(c.subjectKind());
        String association = "Hội Khuyến học " + PaperWords.inArea(c.area());
        var grounds = List.of(PaperWords.localGovernmentLaw(d.signedOn()),
                words.legalBasisLine(c.set().content().legalBasis(), c.set().content().name(), c.round().title()),
                "Theo đề nghị của " + association + ".");
        var articles = List.of(
                "Công nhận " + recognised.size() + " " + noun + " đạt danh hiệu " + title + " (có danh sách kèm theo).",
                "Danh hiệu có giá trị đến hết ngày " + (d.validUntil() == null ? "…"
                        : PaperWords.shortDate(d.validUntil())) + ". Quyết định này có hiệu lực kể từ ngày ký.",
                "Văn phòng " + d.issuingBody() + ", " + association + " và các " + noun
                        + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
        var table = PaperWords.table("DANH SÁCH " + PaperWords.upper(noun) + " ĐƯỢC CÔNG NHẬN DANH HIỆU "
                        + PaperWords.upper(title), "(Kèm theo Quyết định số " + d.number() + " ngày "
                        + PaperWords.shortDate(d.signedOn()) + " của " + d.signerTitle() + " " + d.issuingBody() + ")",
                c.subjectKind(), recognised, true);
        return new DecisionDocument(PaperWords.bodyLines(d.issuingBody()), d.number(),
                PaperWords.placeAndDate(c.area(), d.signedOn()), "Về việc công nhận danh hiệu " + title,
                authority(d), grounds, articles, signature(d),
                List.of("- Như Điều 3;", "- " + association + ";", "- Lưu: VT."), table);
    }

    Certificate certificate(Context c, PaperStore.Listed subject) {
        var d = c.decision();
        return new Certificate(authority(d), Certificate.GIAY_CONG_NHAN,
                PaperWords.recipient(c.subjectKind(), subject.name()),
                "Đạt danh hiệu “" + words.titleName(c.round().title()) + "” năm " + c.round().year(),
                PaperWords.placeAndDate(c.area(), d.signedOn()), signature(d),
                "Số vào sổ: " + subject.registerNumber());
    }

    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG": the signer's title and the body, in capitals. */
    private static String authority(DecisionView d) {
        return PaperWords.upper(d.signerTitle() + " " + d.issuingBody());
    }

    /** "TM. ỦY BAN NHÂN DÂN" over the chair; "KT. CHỦ TỊCH" over a deputy (NĐ 30/2020, Phụ lục I). */
    private static Signature signature(DecisionView d) {
        String folded = vn.khuyenhoc.shared.Text.fold(d.signerTitle());
        String onBehalf = folded.startsWith("pho chu tich") ? "KT. CHỦ TỊCH"
                : folded.startsWith("chu tich") ? "TM. " + PaperWords.bodyLines(d.issuingBody()).get(0) : null;
        return new Signature(onBehalf, PaperWords.upper(d.signerTitle()), d.signerName());
    }
}
