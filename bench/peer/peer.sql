-- What PostGraphile needs beside the project's tables to answer the benchmark's queries the
-- way the project does; run by bench/peer/run.sh on the benchmark's own database after the
-- project has loaded it. PostGraphile takes computed columns and custom queries from SQL
-- functions in the table's schema, so they live in public (this database is the benchmark's).

-- Every foreign-key column gets an index if none covers it yet (the issue's measurement did the
-- same for the baseline; the project creates its own since #13, and then this adds none).
do $$
declare
  fk record;
begin
  for fk in
    select c.conrelid::regclass as tbl, a.attname as col
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and array_length(c.conkey, 1) = 1
       and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
  loop
    execute format('create index %I on %s (%I)', 'peer_' || fk.tbl || '_' || fk.col || '_index', fk.tbl, fk.col);
  end loop;
end $$;

-- The showcase's prefecture filter: a prefecture by name (or full name) and every place under it,
-- followed through parent links; the agreements any of them is a party to, in source order
-- (multilateral ones only when asked: PostGraphile gives setof functions no condition argument).
create or replace function prefecture_agreements(prefecture text, multilateral boolean default null) returns setof agreement as $$
  with recursive under(pk) as (
    select pk from municipality where kind = 'PREFECTURE' and (name = prefecture or full_name = prefecture)
    union all
    select c.pk from municipality c join under on c.parent_pk = under.pk
  )
  select a.* from agreement a
   where a.pk in (select p.agreement_pk from agreement_party p where p.municipality_pk in (select pk from under))
     and (prefecture_agreements.multilateral is null or a.multilateral = prefecture_agreements.multilateral)
   order by a.pk
$$ language sql stable;

-- Municipality.agreements as the project defines it: its own and those of places that merged
-- into it, newest first (dates compared by their known part as text; undated last; ties in source order).
create or replace function municipality_agreements_by_signed_desc(m municipality) returns setof agreement as $$
  select a.* from agreement a
   where a.pk in (select p.agreement_pk from agreement_party p where p.municipality_pk = m.pk
                  union all
                  select p.agreement_pk from agreement_party p join municipality s on s.pk = p.municipality_pk
                   where s.successor_pk = m.pk)
   order by a.signed_iso collate "C" desc nulls last, a.pk
$$ language sql stable;

-- The filtered search: agreements whose search text holds every term (ILIKE over the project's
-- trigram index, as the project does on PostgreSQL) with a party in one of the countries.
create or replace function search_agreements(terms text[], countries text[]) returns setof agreement as $$
  select a.* from agreement a
   where a.pk in (select s.ref from search_index s
                   where s.kind = 'Agreement'
                     and (select bool_and(s.text ilike '%' || replace(replace(replace(t, '\', '\\'), '%', '\%'), '_', '\_') || '%')
                            from unnest(terms) t))
     and a.pk in (select p.agreement_pk from agreement_party p join municipality m on m.pk = p.municipality_pk
                   where m.country_code = any(countries))
   order by a.pk
$$ language sql stable;

-- Planner statistics for the freshly loaded tables (autovacuum would gather them later).
analyze country, municipality, agreement, agreement_party, category, listing, activity, contact, search_index;
