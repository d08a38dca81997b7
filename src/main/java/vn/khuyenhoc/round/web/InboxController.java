package vn.khuyenhoc.round.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.Decisions;
import vn.khuyenhoc.round.InboxItem;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.RoundInbox;

/** The signed-in officer's inbox with the rounds' deadlines, and a subject's titles and timeline. */
@Controller
class InboxController {

    private final RoundInbox inbox;
    private final Registrations registrations;
    private final Decisions decisions;
    private final vn.khuyenhoc.round.Committees committees;
    private final vn.khuyenhoc.round.RoundReminders reminders;

    InboxController(RoundInbox inbox, Registrations registrations, Decisions decisions,
                    vn.khuyenhoc.round.Committees committees, vn.khuyenhoc.round.RoundReminders reminders) {
        this.committees = committees;
        this.reminders = reminders;
        this.inbox = inbox;
        this.registrations = registrations;
        this.decisions = decisions;
    }

    @GetMapping("/rounds/inbox")
    @Access(allRoles = true)
    String inbox(Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("items", inbox.mine(today));
        model.addAttribute("assignments", committees.mine());
        model.addAttribute("reminders", reminders.mine(today));
        model.addAttribute("today", today);
        return "round/inbox";
    }

    @GetMapping("/api/v1/rounds/inbox")
    @ResponseBody
    @Operation(summary = "What waits for the caller in the open rounds of their area, with the deadlines")
    @Access(allRoles = true)
    List<InboxItem> inboxJson() {
        return inbox.mine(LocalDate.now());
    }

    @GetMapping("/api/v1/rounds/reminders")
    @ResponseBody
    @Operation(summary = "The caller's reminders: deadlines near of the steps they take in their area's rounds")
    @Access(allRoles = true)
    List<vn.khuyenhoc.round.Reminder> remindersJson() {
        return reminders.mine(LocalDate.now());
    }

    @GetMapping("/rounds/subjects/{kind}/{id}")
    @Access(allRoles = true)
    String subject(@PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("titles", decisions.history(kind, id));
        model.addAttribute("registrations", registrations.ofSubject(kind, id));
        model.addAttribute("events", decisions.timeline(kind, id));
        model.addAttribute("today", LocalDate.now());
        return "round/subject";
    }
}
