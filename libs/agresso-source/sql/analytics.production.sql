-- n2f-sync, analytics (production): every row of the view iris_N2F_Analytics, every typ.
-- sync-core keeps the PROJECT, PLAQUE and SUBPOST rows (typ trimmed, any case).
-- The view name is not qualified: it resolves in the database of the connection (option `database`).
SELECT
    typ,
    client,
    code,
    description,
    status,
    date_from,
    date_to
FROM iris_N2F_Analytics;
