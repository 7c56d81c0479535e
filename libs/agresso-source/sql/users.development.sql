-- n2f-sync, users (development): a small, stable selection of iris_N2F_User.
-- The first 25 users by e-mail address, plus every manager above them (up to 10 levels),
-- so that the manager links of the selection hold. Ordered by e-mail address.
-- The database comes from the connection: point `database` at a development copy.
WITH picked AS (
    SELECT TOP (25) AdresseEmail, Manager
    FROM iris_N2F_User
    WHERE AdresseEmail IS NOT NULL AND AdresseEmail <> ''
    ORDER BY AdresseEmail
), chain AS (
    SELECT AdresseEmail, Manager, 0 AS depth FROM picked
    UNION ALL
    SELECT u.AdresseEmail, u.Manager, c.depth + 1
    FROM iris_N2F_User AS u
    JOIN chain AS c ON LOWER(LTRIM(RTRIM(u.AdresseEmail))) = LOWER(LTRIM(RTRIM(c.Manager)))
    WHERE c.depth < 10
)
SELECT
    AdresseEmail,
    Prenom,
    Nom,
    Entreprise,
    Fonction,
    Role,
    Profil,
    Manager,
    Compte_Auxiliaire_Agresso,
    Moyen_Paiement_Prof,
    Compte_Auxiliaire2,
    Matricule,
    Centre_Cout,
    Creation_Vehicule,
    Appro_Veh_Adm,
    Deduction_Distance_TravDom,
    Distance_TravDom,
    Devise,
    langue,
    Structure,
    Champs_Liaison_SSO,
    Droit_Relever_Plafond,
    Methode_SSO,
    Update_Champs_Perso,
    Nouveau_Email,
    Action,
    CompanyID,
    LocationID,
    DivisionID
FROM iris_N2F_User
WHERE AdresseEmail IN (SELECT AdresseEmail FROM chain)
ORDER BY AdresseEmail;
