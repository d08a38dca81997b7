package vn.khuyenhoc.registry;

/** The level that manages an organisation, and so checks and recognises it as Đơn vị học tập. */
public enum ManagingLevel {
    COMMUNE, PROVINCE, CENTRAL
}
