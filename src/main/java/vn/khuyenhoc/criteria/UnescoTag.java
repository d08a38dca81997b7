package vn.khuyenhoc.criteria;

/**
 * The areas of UNESCO's "Key Features of Learning Cities" a criterion or indicator serves: three benefits, six
 * building blocks and three fundamental conditions. Labels are {@code criteria.unesco.<NAME>}.
 */
public enum UnescoTag {
    BENEFIT_EMPOWERMENT, BENEFIT_ECONOMY_CULTURE, BENEFIT_SUSTAINABILITY,
    BLOCK_EDUCATION_SYSTEM, BLOCK_FAMILIES_COMMUNITIES, BLOCK_WORKPLACE, BLOCK_TECHNOLOGY, BLOCK_QUALITY,
    BLOCK_CULTURE,
    CONDITION_POLITICAL_WILL, CONDITION_GOVERNANCE, CONDITION_RESOURCES;

    public String group() {
        return name().substring(0, name().indexOf('_'));
    }
}
