-- lrs-credits: removes the credit of a voided xAPI statement from the riwayat diklat. Deleting a row that is not
-- there does nothing, so a rerun is harmless. Portable. Parameter: :statement_id
DELETE FROM riwayat_diklat WHERE statement_id = :statement_id
