package vn.khuyenhoc.registry;

/** A member's relation to the head of the household; the head is the member whose relation is HEAD. */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, CHILD_IN_LAW, OTHER
}
