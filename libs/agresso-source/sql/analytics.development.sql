-- n2f-sync, analytics (development): at most 10 values per typ and company (client),
-- the lowest codes first, for PROJECT, PLAQUE and SUBPOST only. Ordered by typ, client, code.
-- The database comes from the connection: point `database` at a development copy.
WITH ranked AS (
    SELECT
        typ,
        client,
        code,
        description,
        status,
        date_from,
        date_to,
        ROW_NUMBER() OVER (PARTITION BY UPPER(LTRIM(RTRIM(typ))), client ORDER BY code) AS rank_in_typ
    FROM iris_N2F_Analytics
    WHERE UPPER(LTRIM(RTRIM(typ))) IN ('PROJECT', 'PLAQUE', 'SUBPOST')
)
SELECT typ, client, code, description, status, date_from, date_to
FROM ranked
WHERE rank_in_typ <= 10
ORDER BY typ, client, code;
