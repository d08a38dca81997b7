/**
 * The yearly round (đợt): a commune or province opens a round for a title and a year with the criteria set in
 * force; subjects register (đăng ký), are self-assessed and scored by a reviewer (chấm điểm, thẩm định), proposed
 * (đề nghị) and recognised by a decision (quyết định công nhận), which a later decision may revoke. Who may do
 * each step is the title's approval chain, kept as data a province may adapt (ADR 0010). Other modules use
 * {@link vn.khuyenhoc.round.Rounds} and the other public services here, never the tables. Its
 * paperwork (decisions, dossiers, certificates) is rendered by {@code documents} from records built here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "geography", "accounts",
        "registry", "criteria", "documents"})
package vn.khuyenhoc.round;
