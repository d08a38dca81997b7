-- Search without diacritics matches anywhere in the folded name ("lien huong" in "thi tran lien huong"); a
-- trigram index keeps that fast on a national map of some 100,000 villages instead of scanning every version.
create extension if not exists pg_trgm;
create index geo_unit_version_folded_trgm on geo_unit_version using gin (name_folded gin_trgm_ops);
