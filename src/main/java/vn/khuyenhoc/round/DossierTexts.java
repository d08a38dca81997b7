package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.ProposalLetter;
import vn.khuyenhoc.documents.ProposedList;
import vn.khuyenhoc.documents.ReviewMinutes;
import vn.khuyenhoc.documents.Signature;
import vn.khuyenhoc.round.store.PaperStore;

/**
 * The dossier of a proposal as drafts for Word: the proposal letter (tờ trình) of the area's study-promotion
 * association to its people's committee, the minutes of the review meeting (biên bản họp xét) and the proposed
 * list (danh sách đề nghị). What the system cannot know (the meeting's hour and place, the letter's number) is
 * left as dots for the officer to fill in.
 */
@Component
class DossierTexts {

    private static final String DOTS = "……";
    private final PaperWords words;

    DossierTexts(PaperWords words) {
        this.words = words;
    }

    /** What every paper of one proposal shares. */
    record Context(RoundView round, Proposal proposal, PaperStore.Area area, CriteriaSet set, String subjectKind,
                   LocalDate proposedOn, List<PaperStore.Listed> subjects) {

        String title(PaperWords words) {
            return "“" + words.titleName(round.title()) + "” năm " + round.year();
        }

        String association() {
            return "Hội Khuyến học " + PaperWords.inArea(area);
        }

        List<String> body() {
            return List.of("HỘI KHUYẾN HỌC", PaperWords.upper(area.name()));
        }

        String placeAndDate() {
            return PaperWords.placeAndDate(area, proposedOn);
        }
    }

    ProposalLetter letter(Context c) {
        String noun = PaperWords.noun(c.subjectKind());
        String rate = c.proposal().ratePercent().toPlainString().replace('.', ',');
        var paragraphs = List.of(
                words.legalBasisLine(c.set().content().legalBasis(), c.set().content().name(), c.round().title())
                        .replaceFirst(";$", ","),
                "Căn cứ kết quả tự đánh giá, thẩm định và họp xét của " + c.proposal().registeredCount() + " " + noun
                        + " đăng ký,",
                c.association() + " kính đề nghị Ủy ban nhân dân " + PaperWords.inArea(c.area()) + " xem xét, công nhận "
                        + c.proposal().subjectCount() + " " + noun + " đạt danh hiệu " + c.title(words) + " (đạt "
                        + rate + "% số đăng ký), có danh sách kèm theo.",
                "Kính trình Ủy ban nhân dân " + PaperWords.inArea(c.area()) + " xem xét, quyết định.");
        return new ProposalLetter(c.body(), DOTS + "/TTr-HKH", c.placeAndDate(),
                "Về việc đề nghị công nhận danh hiệu " + c.title(words),
                List.of("Kính gửi: Ủy ban nhân dân " + PaperWords.inArea(c.area())), paragraphs, chair(),
                List.of("- Như trên;", "- Lưu: VP."), table(c));
    }

    ReviewMinutes minutes(Context c) {
        String noun = PaperWords.noun(c.subjectKind());
        var paragraphs = List.of("Thời gian: " + DOTS + " giờ " + DOTS + ", " + PaperWords.longDate(c.proposedOn()) + ".",
                "Địa điểm: " + DOTS,
                "Thành phần: Ban Thường vụ " + c.association() + ", đại diện Ủy ban nhân dân "
                        + PaperWords.inArea(c.area()) + " và các chi hội.",
                "Hội nghị đã xem xét kết quả tự đánh giá và thẩm định của " + c.proposal().registeredCount() + " "
                        + noun + " đăng ký danh hiệu " + c.title(words) + ".",
                "Hội nghị thống nhất đề nghị công nhận " + c.proposal().subjectCount() + " " + noun
                        + " (có danh sách kèm theo).");
        return new ReviewMinutes(c.body(), DOTS + "/BB-HKH", c.placeAndDate(),
                "Họp xét công nhận danh hiệu " + c.title(words), paragraphs,
                List.of(new Signature(null, "THƯ KÝ", ""), new Signature(null, "CHỦ TRÌ", "")), table(c));
    }

    ProposedList list(Context c) {
        return new ProposedList(c.body(), c.placeAndDate(), table(c), chair());
    }

    private AttachedTable table(Context c) {
        return PaperWords.table("DANH SÁCH " + PaperWords.upper(PaperWords.noun(c.subjectKind()))
                        + " ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU " + PaperWords.upper(c.title(words)),
                "(Kèm theo Tờ trình ngày " + PaperWords.shortDate(c.proposedOn()) + " của " + c.association() + ")",
                c.subjectKind(), c.subjects(), false);
    }

    private static Signature chair() {
        return new Signature("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "");
    }
}
