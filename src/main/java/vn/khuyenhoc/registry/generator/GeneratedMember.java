package vn.khuyenhoc.registry.generator;

import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;

/** One generated member of a household; school level, occupation and target group are null when none applies. */
public record GeneratedMember(String fullName, int birthYear, Sex sex, Relation relation, SchoolLevel schoolLevel,
                              String occupation, TargetGroup targetGroup) {
}
