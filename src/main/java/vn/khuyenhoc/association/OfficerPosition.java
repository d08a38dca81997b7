package vn.khuyenhoc.association;

/** Positions of officers: Chủ tịch, Phó Chủ tịch, Thư ký, Trưởng ban/Chi hội trưởng, Phó ban, Ủy viên. */
public enum OfficerPosition {
    CHAIR, VICE_CHAIR, SECRETARY, HEAD, DEPUTY, MEMBER
}
