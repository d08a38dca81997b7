package vn.khuyenhoc.association.member;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.JoinForm;
import vn.khuyenhoc.association.Members;
import vn.khuyenhoc.association.structure.StructureQueries;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.shared.NotFound;

/** Joining a member (a person of the commune, picked by name), a member's page, transfers, dues and leaving. */
@Controller
@RequestMapping("/association/members")
class MemberFormController {

    private final Members members;
    private final MemberQueries queries;
    private final StructureQueries structure;
    private final Persons persons;
    private final AreaGuard guard;

    MemberFormController(Members members, MemberQueries queries, StructureQueries structure, Persons persons,
                         AreaGuard guard) {
        this.members = members;
        this.queries = queries;
        this.structure = structure;
        this.persons = persons;
        this.guard = guard;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "association", kind = "association")
    String form(@RequestParam long association, Model model) {
        model.addAttribute("association", structure.find(association)
                .orElseThrow(() -> new NotFound("association", association)));
        model.addAttribute("branches", queries.writableBranches(association));
        model.addAttribute("today", LocalDate.now());
        return "association/member/form";
    }

    @GetMapping("/persons")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "association", kind = "association")
    String persons(@RequestParam long association, @RequestParam(defaultValue = "") String q, Model model) {
        long commune = structure.find(association).orElseThrow(() -> new NotFound("association", association)).geoUnitId();
        model.addAttribute("persons", persons.searchInCommune(commune, q));
        return "association/member/form :: persons";
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "branchId", kind = "branch", write = true)
    String join(@Valid @ModelAttribute JoinForm form) {
        return "redirect:/association/members/" + members.join(form);
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "member")
    String detail(@PathVariable long id, Model model) {
        var member = queries.find(id).orElseThrow(() -> new NotFound("member", id));
        model.addAttribute("member", member);
        model.addAttribute("placements", queries.placements(id));
        model.addAttribute("dues", queries.dues(id));
        boolean canWrite = member.leftOn() == null && !guard.requireUser().role().readOnly();
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("branches", canWrite ? queries.writableBranches(member.assocUnitId()) : java.util.List.of());
        model.addAttribute("today", LocalDate.now());
        return "association/member/detail";
    }

    @PostMapping("/{id}/transfer")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    String transfer(@PathVariable long id, @RequestParam long branchId,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        members.transfer(id, branchId, on);
        return "redirect:/association/members/" + id;
    }

    @PostMapping("/{id}/leave")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    String leave(@PathVariable long id,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        members.leave(id, on);
        return "redirect:/association/members/" + id;
    }

    @PostMapping("/{id}/card")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    String card(@PathVariable long id, @RequestParam String shown, @RequestParam String cardNumber) {
        members.correctCard(id, shown, cardNumber);
        return "redirect:/association/members/" + id;
    }

    @PostMapping("/{id}/dues")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    String dues(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                @RequestParam(required = false) Long amount) {
        members.recordDues(id, paidOn, amount);
        return "redirect:/association/members/" + id;
    }
}
