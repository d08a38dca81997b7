package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import vn.khuyenhoc.registry.generator.GeneratedMember;

/**
 * One member of staff of a demo organisation (by its index in {@link DemoCommune#ORGANISATIONS}). When the person
 * is also a member of a demo household, it is the very same {@link GeneratedMember}, so they get one record.
 */
public record DemoStaff(int organisation, GeneratedMember person, String position, LocalDate joinedOn) {
}
