package vn.khuyenhoc.fund.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.time.LocalDate;
import java.util.Arrays;
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
import vn.khuyenhoc.fund.CorrectionForm;
import vn.khuyenhoc.fund.EntryForm;
import vn.khuyenhoc.fund.EntryKind;
import vn.khuyenhoc.fund.Funds;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.shared.NotFound;

/** Recording a donation or a payment (the beneficiary picked among the commune's persons), correcting, closing. */
@Controller
@RequestMapping("/fund")
class EntryFormController {

    private final Funds funds;
    private final LedgerQueries ledger;
    private final Persons persons;

    EntryFormController(Funds funds, LedgerQueries ledger, Persons persons) {
        this.funds = funds;
        this.ledger = ledger;
        this.persons = persons;
    }

    @GetMapping("/{id}/donations/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    String donation(@PathVariable long id, Model model) {
        return form(id, true, model);
    }

    @GetMapping("/{id}/payments/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    String payment(@PathVariable long id, Model model) {
        return form(id, false, model);
    }

    private String form(long id, boolean donation, Model model) {
        var fund = ledger.fund(id).orElseThrow(() -> new NotFound("fund", id));
        model.addAttribute("fund", fund);
        model.addAttribute("donation", donation);
        model.addAttribute("kinds", Arrays.stream(EntryKind.values()).filter(k -> !k.transfer() && k.in() == donation).toList());
        model.addAttribute("organisations", ledger.organisations(fund.geoUnitId()));
        model.addAttribute("today", LocalDate.now());
        return "fund/entry-form";
    }

    @GetMapping("/{id}/persons")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    String persons(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        var fund = ledger.fund(id).orElseThrow(() -> new NotFound("fund", id));
        model.addAttribute("persons", persons.searchInCommune(fund.geoUnitId(), q));
        return "fund/entry-form :: persons";
    }

    @PostMapping("/{id}/entries")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    String record(@PathVariable long id, @ModelAttribute EntryForm form) {
        funds.record(id, form);
        return "redirect:/fund/" + id + "?year=" + form.date().getYear();
    }

    @GetMapping("/entries/{id}/correct")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund-entry", write = true)
    String correction(@PathVariable long id, Model model) {
        model.addAttribute("entry", ledger.line(id).orElseThrow(() -> new NotFound("fund-entry", id)));
        model.addAttribute("fundId", ledger.fundOfEntry(id));
        model.addAttribute("today", LocalDate.now());
        return "fund/correct";
    }

    /** Cancels the entry, and records it again with the right amount when one is given. */
    @PostMapping("/entries/{id}/correct")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund-entry", write = true)
    String correct(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam String reason, @RequestParam(required = false) Long amount) {
        var entry = ledger.line(id).orElseThrow(() -> new NotFound("fund-entry", id));
        EntryForm replacement = amount == null ? null : new EntryForm(EntryKind.valueOf(entry.kind()), amount,
                entry.entryDate(), null, entry.inKind(), entry.goods(), entry.personId(), entry.organisationId(),
                entry.personId() == null && entry.organisationId() == null ? entry.party() : null, entry.reason(),
                entry.note());
        funds.correct(id, new CorrectionForm(date, reason, replacement));
        return "redirect:/fund/" + ledger.fundOfEntry(id) + "?year=" + date.getYear();
    }

    @PostMapping("/{id}/close")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    String close(@PathVariable long id, @RequestParam int year) {
        funds.closeThrough(id, year);
        return "redirect:/fund/" + id;
    }
}
