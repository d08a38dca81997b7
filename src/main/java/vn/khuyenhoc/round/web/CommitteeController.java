package vn.khuyenhoc.round.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.Committee;
import vn.khuyenhoc.round.CommitteeRecord;
import vn.khuyenhoc.round.Committees;
import vn.khuyenhoc.round.MyAssignment;
import vn.khuyenhoc.round.Rounds;

/**
 * The steering committee of a self-assessment: members, their indicators and the progress, on a page and in the API.
 * Recording names no area for the interceptor: a member may be an account of a village below the assessed commune,
 * so the service lets the member of the indicator or an officer who may score.
 */
@Controller
class CommitteeController {

    private final Committees committees;
    private final Rounds rounds;

    CommitteeController(Committees committees, Rounds rounds) {
        this.committees = committees;
        this.rounds = rounds;
    }

    record MemberRequest(String name, String username, String position) {
    }

    record AssignRequest(long member, List<String> indicators) {
    }

    /** The committee with its progress figures spelled out for API clients. */
    record CommitteeJson(Committee committee, long met, BigDecimal percentMet, List<String> open) {

        static CommitteeJson of(Committee committee) {
            return new CommitteeJson(committee, committee.metCount(), committee.percentMet(),
                    committee.open().stream().map(Committee.Indicator::code).toList());
        }
    }

    @GetMapping("/rounds/registrations/{id}/committee")
    @Access(allRoles = true, area = "id", kind = "registration")
    String page(@PathVariable long id, Model model) {
        Committee committee = committees.of(id);
        model.addAttribute("committee", committee);
        model.addAttribute("round", rounds.require(committee.registration().roundId()));
        return "round/committee";
    }

    @PostMapping("/rounds/registrations/{id}/committee/members")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    String addMember(@PathVariable long id, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String username,
                     @RequestParam(required = false) String position) {
        committees.addMember(id, name, username, position);
        return "redirect:/rounds/registrations/" + id + "/committee";
    }

    @PostMapping("/rounds/registrations/{id}/committee/assignments")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    String assign(@PathVariable long id, @RequestParam long member,
                  @RequestParam(required = false) List<String> indicators) {
        committees.assign(id, indicators, member);
        return "redirect:/rounds/registrations/" + id + "/committee";
    }

    @PostMapping("/rounds/committee/record")
    @Access(allRoles = true, write = true)
    String record(@RequestParam long registration, @RequestParam String code,
                  @RequestParam(required = false) BigDecimal points, @RequestParam(required = false) Boolean met,
                  @RequestParam(required = false) BigDecimal figure, @RequestParam(required = false) String evidence,
                  @RequestParam int version, @RequestParam(defaultValue = "inbox") String back) {
        committees.record(registration, code, new CommitteeRecord(points, met, figure, evidence, version));
        return "committee".equals(back) ? "redirect:/rounds/registrations/" + registration + "/committee"
                : "redirect:/rounds/inbox";
    }

    @GetMapping("/api/v1/rounds/registrations/{id}/committee")
    @ResponseBody
    @Operation(summary = "A self-assessment's steering committee: members, indicators given, share met")
    @Access(allRoles = true, area = "id", kind = "registration")
    CommitteeJson committeeJson(@PathVariable long id) {
        return CommitteeJson.of(committees.of(id));
    }

    @PostMapping("/api/v1/rounds/registrations/{id}/committee/members")
    @ResponseBody
    @Operation(summary = "Adds a committee member: an account (user name) or a named person")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    Map<String, Long> addMemberJson(@PathVariable long id, @RequestBody MemberRequest member) {
        return Map.of("id", committees.addMember(id, member.name(), member.username(), member.position()));
    }

    @PostMapping("/api/v1/rounds/registrations/{id}/committee/assignments")
    @ResponseBody
    @Operation(summary = "Gives indicators of the self-assessment to a committee member")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    CommitteeJson assignJson(@PathVariable long id, @RequestBody AssignRequest request) {
        committees.assign(id, request.indicators(), request.member());
        return CommitteeJson.of(committees.of(id));
    }

    @PostMapping("/api/v1/rounds/committee/{registration}/{code}")
    @ResponseBody
    @Operation(summary = "Records a committee member's indicator: its score and evidence, onto the self-assessment")
    @Access(allRoles = true, write = true)
    Map<String, String> recordJson(@PathVariable long registration, @PathVariable String code,
                                   @RequestBody CommitteeRecord record) {
        committees.record(registration, code, record);
        return Map.of("recorded", code);
    }

    @GetMapping("/api/v1/rounds/committee/assignments")
    @ResponseBody
    @Operation(summary = "The indicators given to the caller as a committee member")
    @Access(allRoles = true)
    List<MyAssignment> mineJson() {
        return committees.mine();
    }
}
