package vn.khuyenhoc.registry.household;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.HouseholdMembers;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.NotFound;

/** Adding, correcting and removing a household's members, and recording or withdrawing its consent. */
@Controller
@RequestMapping("/registry/households/{id}")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "household",
        write = true)
class MemberController {

    private static final String FORM = "registry/household/member";
    private final HouseholdMembers members;
    private final Households households;
    private final HouseholdDetails details;

    MemberController(HouseholdMembers members, Households households, HouseholdDetails details) {
        this.members = members;
        this.households = households;
        this.details = details;
    }

    @GetMapping("/members/new")
    String newMember(@PathVariable long id, Model model) {
        model.addAttribute("form", MemberPageForm.empty());
        return form(model, id, null);
    }

    @PostMapping("/members")
    String add(@PathVariable long id, @ModelAttribute("form") MemberPageForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        PageErrors.badFields(errors);
        return FormPosts.save(errors, redirect, "registry.member.added", () -> {
            members.addMember(id, form.member());
            return "/registry/households/" + id;
        }, () -> form(model, id, null));
    }

    @GetMapping("/members/{memberId}/edit")
    String edit(@PathVariable long id, @PathVariable long memberId, Model model) {
        var member = details.member(id, memberId).orElseThrow(() -> new NotFound("member", memberId));
        model.addAttribute("form", MemberPageForm.of(member));
        return form(model, id, memberId);
    }

    @PostMapping("/members/{memberId}")
    String update(@PathVariable long id, @PathVariable long memberId, @ModelAttribute("form") MemberPageForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        details.member(id, memberId).orElseThrow(() -> new NotFound("member", memberId));
        PageErrors.badFields(errors);
        return FormPosts.save(errors, redirect, "registry.member.saved", () -> {
            members.updateMember(id, memberId, form.member());
            return "/registry/households/" + id;
        }, () -> form(model, id, memberId));
    }

    @PostMapping("/members/{memberId}/remove")
    String remove(@PathVariable long id, @PathVariable long memberId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                  RedirectAttributes redirect) {
        members.removeMember(id, memberId, leftOn);
        redirect.addFlashAttribute("flash", "registry.member.removed");
        return "redirect:/registry/households/" + id;
    }

    @PostMapping("/consent")
    String consent(@PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
                   RedirectAttributes redirect) {
        households.recordConsent(id, givenOn, Households.CONSENT_TEXT_VERSION);
        redirect.addFlashAttribute("flash", "registry.consent.recorded");
        return "redirect:/registry/households/" + id;
    }

    @PostMapping("/consent/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        households.withdrawConsent(id, LocalDate.now());
        redirect.addFlashAttribute("flash", "registry.consent.withdrawn");
        return "redirect:/registry/households/" + id;
    }

    private String form(Model model, long householdId, Long memberId) {
        model.addAttribute("detail", details.find(householdId));
        model.addAttribute("memberId", memberId);
        model.addAttribute("relations", Relation.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("schoolLevels", SchoolLevel.values());
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
